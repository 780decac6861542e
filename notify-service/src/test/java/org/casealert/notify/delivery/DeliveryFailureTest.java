package org.casealert.notify.delivery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFailureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "webhook: ConnectException: Connection refused: /127.0.0.1:8443 | webhook: ConnectException: Connection refused: /<ip>",
            "webhook: UnknownHostException: failed to resolve 'hooks.advocate-group.org' | webhook: UnknownHostException: failed to resolve '<host>'",
            "webhook: ConnectException: Connection refused: hooks.example.net/203.0.113.10:443 | webhook: ConnectException: Connection refused: <host>/<ip>",
            "webhook: ConnectException: connection timed out: /[2001:db8::1]:8443 | webhook: ConnectException: connection timed out: /<ip>",
            "SMTP: SMTPException: 550 5.1.1 <kim@example.org> unknown | SMTP: SMTPException: 550 5.1.1 <<address>> unknown",
            "webhook answered HTTP 500 | webhook answered HTTP 500",
            "webhook: no answer within 10 s | webhook: no answer within 10 s" })
    void failuresNameNeitherAddressesNorHosts(String message, String recorded) {
        assertThat(new DeliveryFailure(message, false).getMessage()).isEqualTo(recorded);
    }
}
