package io.autoghg.edge.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.config.GatewayConfig.DataType;
import io.autoghg.edge.config.GatewayConfig.WordOrder;
import org.junit.jupiter.api.Test;

class RegisterDecoderTests {

    @Test
    void float64HighWordFirst() {
        // 1234.5 = 0x4093_4A00_0000_0000
        assertThat(RegisterDecoder.decode(new int[] {0x4093, 0x4A00, 0, 0}, DataType.FLOAT64, WordOrder.BIG)).isEqualTo(1234.5);
        assertThat(RegisterDecoder.decode(new int[] {0, 0, 0x4A00, 0x4093}, DataType.FLOAT64, WordOrder.LITTLE)).isEqualTo(1234.5);
    }

    @Test
    void float32AndIntegers() {
        // 12.5f = 0x4148_0000; 0xFFFF_FFFE = 4294967294 unsigned, -2 signed; 0x0001_0002 = 65538
        assertThat(RegisterDecoder.decode(new int[] {0x4148, 0}, DataType.FLOAT32, WordOrder.BIG)).isEqualTo(12.5);
        assertThat(RegisterDecoder.decode(new int[] {0xFFFF, 0xFFFE}, DataType.UINT32, WordOrder.BIG)).isEqualTo(4294967294.0);
        assertThat(RegisterDecoder.decode(new int[] {0xFFFF, 0xFFFE}, DataType.INT32, WordOrder.BIG)).isEqualTo(-2.0);
        assertThat(RegisterDecoder.decode(new int[] {0x0002, 0x0001}, DataType.UINT32, WordOrder.LITTLE)).isEqualTo(65538.0);
    }
}
