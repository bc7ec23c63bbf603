package fi.silta.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = { "0112038-9", "2617416-4", "1572860-0", "0737546-2" })
    void validIdsPass(String id) {
        assertThat(BusinessId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0112038-8", "112038-9", "0112038/9", "01120389", "", "abcdefg-h", "0112038-9 ",
            "1000008-0", "1000008-1" })
    void invalidIdsFail(String id) {
        // 1000008 has remainder 1 under the weights: no check digit is ever issued for it.
        assertThat(BusinessId.isValid(id)).isFalse();
    }
}
