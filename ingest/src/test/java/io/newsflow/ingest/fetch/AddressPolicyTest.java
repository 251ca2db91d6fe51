package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
    private final AddressPolicy strict = new AddressPolicy(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fc00::1",
            "fd00:ec2::254", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::"})
    void shouldRefuseInternalAddresses(String literal) throws Exception {
        assertThat(strict.refusal(InetAddress.getByName(literal))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946",
            "::ffff:8.8.8.8"})
    void shouldAllowPublicAddresses(String literal) throws Exception {
        assertThat(strict.refusal(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void shouldAllowOnlyTheBlocksItIsGiven() throws Exception {
        AddressPolicy policy = AddressPolicy.allowing(List.of("127.0.0.1/32", "10.0.0.0/8"));

        assertThat(policy.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("10.9.8.7"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("127.0.0.2"))).hasValueSatisfying(why ->
                assertThat(why).contains("loopback").contains("127.0.0.2").contains("web.allow-networks"));
        assertThat(policy.refusal(InetAddress.getByName("192.168.0.1"))).isPresent();
    }

    @Test
    void shouldRefuseABlockThatIsNotAnAddress() {
        assertThatThrownBy(() -> Cidr.parse("localhost/8")).hasMessageContaining("localhost/8");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("too long");
        assertThat(Cidr.parse("172.16.0.0/12").toString()).isEqualTo("172.16.0.0/12");
    }
}
