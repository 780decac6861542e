package org.casealert.notify.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Map;

import org.casealert.notify.NotifyConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where webhooks may go: nowhere inside the service's own network, and over https only outside dev. */
class WebhookTargetPolicyTest {

    private final WebhookTargetPolicy production = new WebhookTargetPolicy(
            NotifyConfigs.with(Map.of("notify.webhooks.allow-loopback", "false")));
    private final WebhookTargetPolicy dev = new WebhookTargetPolicy(
            NotifyConfigs.with(Map.of("notify.webhooks.allow-loopback", "true")));

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://127.1.2.3/hook", "https://localhost/hook",
            "https://10.0.0.1/hook", "https://10.255.255.254/hook",
            "https://172.16.0.1/hook", "https://172.31.255.254/hook",
            "https://192.168.0.1/hook", "https://192.168.255.254/hook",
            "https://169.254.169.254/latest/meta-data/", "https://169.254.0.1/hook",
            "https://100.64.0.1/hook", "https://100.127.255.254/hook",
            "https://0.0.0.0/hook", "https://0.1.2.3/hook",
            "https://224.0.0.1/hook", "https://255.255.255.255/hook", "https://198.18.0.1/hook",
            "https://[::1]/hook", "https://[::]/hook",
            "https://[fc00::1]/hook", "https://[fd00:ec2::254]/hook", "https://[fdff:ffff::1]/hook",
            "https://[fe80::1]/hook", "https://[febf:ffff::1]/hook", "https://[ff02::1]/hook",
            "https://[::ffff:127.0.0.1]/hook", "https://[::ffff:10.1.2.3]/hook",
            "https://[::ffff:169.254.169.254]/hook", "https://[::ffff:192.168.1.1]/hook",
            "https://[::ffff:100.64.0.1]/hook", "https://[::7f00:1]/hook", "https://[::a9fe:a9fe]/hook",
            "https://[2002:7f00:1::1]/hook", "https://[2002:a00:1::1]/hook", "https://[64:ff9b::a9fe:a9fe]/hook",
            "https://[64:ff9b::c0a8:101]/hook", "https://[2001::1]/hook", "https://[2001:db8::1]:8443/hook",
            "https://192.0.0.1/hook", "https://192.0.0.170/hook", "https://[64:ff9b:1::808:808]/hook",
            "https://[64:ff9b:1:ffff::1]/hook", "https://[::ffff:0:a00:1]/hook", "https://[::ffff:0:7f00:1]/hook",
            "https://[::ffff:0:a9fe:a9fe]/hook" })
    void refusesTargetsInsideTheNetwork(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookTargetPolicy.RefusedTarget.class)
                .hasMessage("the host resolves to a non-public address");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://10.0.0.1/hook", "http://192.168.1.1/hook", "http://169.254.169.254/",
            "http://[fd00::1]/hook", "http://100.64.0.1/hook" })
    void devAllowsLoopbackButNothingElseInside(String url) {
        assertThatThrownBy(() -> dev.check(url)).isInstanceOf(WebhookTargetPolicy.RefusedTarget.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8025/webhooks", "http://localhost:8025/webhooks", "http://[::1]:9/hook",
            "https://127.0.0.1/hook" })
    void devAllowsHttpToLoopback(String url) throws Exception {
        assertThat(dev.check(url).address().isLoopbackAddress()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://203.0.113.10/hook", "http://127.0.0.1/hook", "ftp://203.0.113.10/hook",
            "file:///etc/passwd", "gopher://203.0.113.10/", "//203.0.113.10/hook", "203.0.113.10" })
    void refusesAnythingButHttpsOutsideDev(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookTargetPolicy.RefusedTarget.class)
                .hasMessage("webhook URLs must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://user:secret@203.0.113.10/hook", "https:///hook", "https://exa mple.org/",
            "https://[::1/hook" })
    void refusesMalformedTargets(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookTargetPolicy.RefusedTarget.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://203.0.113.10/hook", "https://8.8.8.8/hook", "https://11.0.0.1/hook",
            "https://172.15.255.254/hook", "https://172.32.0.1/hook", "https://192.169.0.1/hook",
            "https://100.63.255.254/hook", "https://100.128.0.1/hook", "https://169.253.0.1/hook",
            "https://[2606:4700:4700::1111]/hook", "https://[2a00:1450:4001::1]:8443/hook", "https://[::ffff:8.8.8.8]/hook",
            "https://[2002:808:808::1]/hook", "https://[64:ff9b::808:808]/hook", "https://192.0.1.1/hook",
            "https://[::ffff:0:808:808]/hook" })
    void acceptsPublicHttpsTargetsAndConnectsToTheAddressChecked(String url) throws Exception {
        WebhookTargetPolicy.Target target = production.check(url);
        assertThat(target.uri().toString()).isEqualTo(url);
        assertThat(WebhookTargetPolicy.isPublic(target.address())).isTrue();
        String host = target.uri().getHost().replace("[", "").replace("]", "");
        assertThat(target.address()).isEqualTo(InetAddress.getByName(host));
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.0.1", "169.254.169.254", "100.64.1.1",
            "0.0.0.0" })
    void refusesIpv4MappedIpv6FormsOfAddressesInside(String ipv4) throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(WebhookTargetPolicy.isPublic(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "203.0.113.10" })
    void acceptsIpv4MappedIpv6FormsOfPublicAddresses(String ipv4) throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
        assertThat(WebhookTargetPolicy.isPublic(Inet6Address.getByAddress(null, mapped, -1))).isTrue();
    }
}
