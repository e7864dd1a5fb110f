package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldCipherTests {
    private final FieldCipher cipher = new FieldCipher(new byte[32]);

    @Test
    void encryptsSoThatTheClearTextIsNotInTheStoredBytesAndDecryptsBack() {
        byte[] plain = "contract price 0.6123 CNY/kWh".getBytes(StandardCharsets.UTF_8);
        byte[] stored = cipher.encrypt(plain);
        assertThat(FieldCipher.isEncrypted(stored)).isTrue();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("contract price");
        assertThat(cipher.decrypt(stored)).isEqualTo(plain);
        assertThat(cipher.encrypt(plain)).as("a fresh nonce every time").isNotEqualTo(stored);
    }

    @Test
    void aChangedByteOrAnotherKeyIsRefused() {
        byte[] stored = cipher.encrypt("e-mail@example.com".getBytes(StandardCharsets.UTF_8));
        byte[] tampered = Arrays.copyOf(stored, stored.length);
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class).hasMessageContaining("altered");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new FieldCipher(otherKey).decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesWrittenBeforeEncryptionAreReadAsTheyAre() {
        byte[] legacy = "plain old bytes".getBytes(StandardCharsets.UTF_8);
        assertThat(FieldCipher.isEncrypted(legacy)).isFalse();
        assertThat(cipher.decrypt(legacy)).isEqualTo(legacy);
        assertThat(cipher.decryptText(cipher.encryptText("张三@example.cn"))).isEqualTo("张三@example.cn");
    }
}
