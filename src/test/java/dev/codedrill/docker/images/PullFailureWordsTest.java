package dev.codedrill.docker.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PullFailureWordsTest {

    @Test
    void theEnginesJsonAnswerIsShownAsTheSentenceInIt() {
        String raw = "Could not pull x:1 on tcp://127.0.0.1:32768: Status 500: {\"message\":\"Get \\\"http://127.0.0.1:1"
                + "/v2/\\\": dial tcp 127.0.0.1:1: connect: connection refused\"}";

        assertThat(ImageProvisioner.withoutRawJson(raw)).isEqualTo("Could not pull x:1 on tcp://127.0.0.1:32768: "
                + "the engine said (500): Get \"http://127.0.0.1:1/v2/\": dial tcp 127.0.0.1:1: connect: connection "
                + "refused");
    }

    @Test
    void aMessageWithoutJsonIsKeptAsItIs() {
        assertThat(ImageProvisioner.withoutRawJson("no such host")).isEqualTo("no such host");
    }
}
