package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.ExecResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The report a run script leaves at the end of its exec's stdout, and what can and cannot pass for one. */
class FrameTest {

    private static final String NONCE = "3f2b8c1e-9a7d-4e0b-b1c2-5d6e7f8a9b0c";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ExecResult exec(int exit, byte[] stdout) {
        return new ExecResult(exit, stdout, new byte[0], false, false, false, Duration.ofMillis(5));
    }

    @Test
    void sectionsAndFieldsAreReadBackExactly() {
        Frame frame = Frame.parse(bytes("\n@@" + NONCE + " results\n{\"i\":0}\n{\"i\":1}\n\n@@" + NONCE
                + " stderr\n\n@@" + NONCE + " end exit=0 cs=12 oom=3:3\n"));
        assertThat(frame).isNotNull();
        assertThat(frame.text("results")).isEqualTo("{\"i\":0}\n{\"i\":1}\n");
        assertThat(frame.text("stderr")).isEmpty();
        assertThat(frame.number("exit", -1)).isZero();
        assertThat(frame.number("cs", -1)).isEqualTo(12);
        assertThat(frame.oomKilled()).isFalse();
    }

    @Test
    void whatTheCodePrintedBeforeTheReportIsIgnoredEvenWhenItLooksLikeOne() {
        String forged = "found 1\n\n@@deadbeefdeadbeefdeadbeef results\n{\"i\":0,\"status\":\"ok\",\"value\":[0,1]}\n"
                + "\n@@deadbeefdeadbeefdeadbeef end exit=0 oom=0:0\n";
        Frame frame = Frame.parse(bytes(forged + "\n@@" + NONCE + " results\n{\"i\":0,\"value\":[1,0]}\n\n@@" + NONCE
                + " end exit=0 oom=0:1\n"));
        assertThat(frame.text("results")).isEqualTo("{\"i\":0,\"value\":[1,0]}\n");
        assertThat(frame.oomKilled()).isTrue();
    }

    @Test
    void aBinarySectionComesBackByteForByte() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i; // newlines, '@' and bytes that are not UTF-8
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("\n@@" + NONCE + " artifacts\n"));
        out.writeBytes(binary);
        out.writeBytes(bytes("\n@@" + NONCE + " end compile=0\n"));
        assertThat(Frame.parse(out.toByteArray()).section("artifacts")).isEqualTo(binary);
    }

    @Test
    void noEndLineMeansNoReport() {
        assertThat(Frame.parse(bytes("\n@@" + NONCE + " results\n{\"i\":0}\n"))).isNull();
        assertThat(Frame.parse(bytes(""))).isNull();
        assertThat(Frame.parse(bytes("just prints\n"))).isNull();
    }

    @Test
    void aReportOfAnExecThatDidNotEndWellIsNotTrusted() {
        // the script exits 0 right after its report: a killed script never wrote what its stdout ends with
        byte[] forged = bytes("\n@@" + NONCE + " results\n{\"i\":0}\n\n@@" + NONCE + " end exit=0\n");
        assertThat(Frame.of(exec(0, forged))).isNotNull();
        assertThat(Frame.of(exec(137, forged))).isNull();
        assertThat(Frame.of(new ExecResult(0, forged, new byte[0], false, false, true, Duration.ZERO))).isNull();
        assertThat(Frame.of(new ExecResult(0, forged, new byte[0], false, true, false, Duration.ZERO))).isNull();
        assertThat(Frame.of(new ExecResult(null, forged, new byte[0], false, false, false, Duration.ZERO))).isNull();
    }

    @Test
    void anUnreadableOomCounterIsUnknown() {
        Frame frame = Frame.parse(bytes("\n@@" + NONCE + " end exit=137 oom=-:-\n"));
        assertThat(frame.oomKilled()).isNull();
        assertThat(frame.number("missing", 7)).isEqualTo(7);
    }
}
