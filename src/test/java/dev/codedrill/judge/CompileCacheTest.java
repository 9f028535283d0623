package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompileCacheTest {

    private static final List<String> GPP = List.of("g++", "-O2", "-o", "main", "main.cpp");

    private static Map<String, byte[]> source(String text) {
        return Map.of("main.cpp", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theKeyChangesWithTheSourceTheCompileCommandTheArtifactsAndTheLanguage() {
        String key = CompileCache.key("cpp", GPP, List.of("main"), source("int main() {}"));
        assertThat(CompileCache.key("cpp", GPP, List.of("main"), source("int main() {}"))).isEqualTo(key);
        assertThat(CompileCache.key("cpp", GPP, List.of("main"), source("int main() { }"))).isNotEqualTo(key);
        assertThat(CompileCache.key("cpp", List.of("g++", "-O0", "-o", "main", "main.cpp"), List.of("main"),
                source("int main() {}"))).isNotEqualTo(key);
        assertThat(CompileCache.key("cpp", GPP, List.of("main", "extra"), source("int main() {}"))).isNotEqualTo(key);
        assertThat(CompileCache.key("c", GPP, List.of("main"), source("int main() {}"))).isNotEqualTo(key);
        assertThat(CompileCache.key("cpp", GPP, List.of("main"), Map.of("other.cpp",
                "int main() {}".getBytes(StandardCharsets.UTF_8)))).isNotEqualTo(key);
    }

    @Test
    void fileBoundariesCannotBeShiftedIntoTheSameKey() {
        Map<String, byte[]> a = Map.of("a", "xy".getBytes(StandardCharsets.UTF_8), "b", new byte[0]);
        Map<String, byte[]> b = Map.of("a", "x".getBytes(StandardCharsets.UTF_8), "b", "y".getBytes(StandardCharsets.UTF_8));
        assertThat(CompileCache.key("cpp", GPP, List.of(), a)).isNotEqualTo(CompileCache.key("cpp", GPP, List.of(), b));
    }

    @Test
    void theLeastRecentlyUsedEntryGoesFirstWhenTheCountIsReached() {
        CompileCache cache = new CompileCache(2, 1024);
        cache.put("a", new byte[1]);
        cache.put("b", new byte[1]);
        assertThat(cache.get("a")).isNotNull(); // a is now the most recent
        cache.put("c", new byte[1]);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("c")).isNotNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void entriesGoUntilTheBytesFitAndAnEntryLargerThanTheCacheIsNotKept() {
        CompileCache cache = new CompileCache(100, 10);
        cache.put("a", new byte[4]);
        cache.put("b", new byte[4]);
        cache.put("c", new byte[4]);
        assertThat(cache.get("a")).isNull();
        assertThat(cache.bytes()).isEqualTo(8);
        cache.put("huge", new byte[11]);
        assertThat(cache.get("huge")).isNull();
        assertThat(cache.bytes()).isEqualTo(8);
    }

    @Test
    void hitsAndMissesAreCounted() {
        CompileCache cache = new CompileCache(4, 100);
        cache.get("x");
        cache.put("x", new byte[1]);
        cache.get("x");
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
    }
}
