package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The store's SHA-256 gives the JDK's digest of the same bytes: for values of every kind put in
 * any order, across the ends of blocks and of its buffer, for the lengths around a block's
 * padding, and when one object hashes again after giving a hash.
 */
class Sha256Properties {
  private static MessageDigest jdk() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value put, and the bytes it stands for in the encoding of Guava's Hasher. */
  private record Put(int kind, long number, byte[] bytes, String text) {
    void into(Sha256 h) {
      switch (kind) {
        case 0 -> h.putByte((int) number);
        case 1 -> h.putBoolean(number != 0);
        case 2 -> h.putInt((int) number);
        case 3 -> h.putLong(number);
        case 4 -> h.putBytes(bytes);
        default -> h.text(text);
      }
    }

    void into(ByteArrayOutputStream out) {
      switch (kind) {
        case 0 -> out.write((int) number);
        case 1 -> out.write(number != 0 ? 1 : 0);
        case 2 -> littleEndian(out, number, Integer.BYTES);
        case 3 -> littleEndian(out, number, Long.BYTES);
        case 4 -> out.writeBytes(bytes);
        default -> {
          byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
          littleEndian(out, utf8.length, Integer.BYTES);
          out.writeBytes(utf8);
        }
      }
    }

    private static void littleEndian(ByteArrayOutputStream out, long v, int bytes) {
      for (int i = 0; i < bytes; i++) {
        out.write((int) (v >>> (Byte.SIZE * i)));
      }
    }
  }

  @Provide
  Arbitrary<List<Put>> puts() {
    Arbitrary<Put> put = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 3).flatMap(kind -> Arbitraries.longs()
            .map(n -> new Put(kind, n, null, null))),
        // up to twice the buffer, so that one put fills it and goes on
        Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000)
            .map(b -> new Put(4, 0, b, null)),
        Arbitraries.strings().withChars("abcаәбғқңөұүһі😀 \t").ofMaxLength(300)
            .map(t -> new Put(5, 0, null, t)));
    return put.list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void anyValuesHashAsTheirBytes(@ForAll("puts") List<Put> puts) {
    Sha256 mine = new Sha256();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Put p : puts) {
      p.into(mine);
      p.into(bytes);
    }
    assertThat(mine.hash()).isEqualTo(jdk().digest(bytes.toByteArray()));
  }

  /**
   * Every length from none to three blocks and more, put byte by byte and at once: each way the
   * padding falls in a block.
   */
  @Example
  void everyLength() {
    for (int length = 0; length <= 200; length++) {
      assertHashedAsTheJdkDoes(length);
    }
  }

  /**
   * Every length around the end of the buffer (8,192 bytes): the padding, or a number put last,
   * falls before, across or after its end.
   */
  @Example
  void everyLengthAroundTheBuffersEnd() {
    for (int length = 8_100; length <= 8_260; length++) {
      assertHashedAsTheJdkDoes(length);
      byte[] data = bytes(length);
      Sha256 withLong = new Sha256().putBytes(data).putLong(0x0102030405060708L);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      expected.writeBytes(data);
      for (int b = 8; b >= 1; b--) {
        expected.write(b);
      }
      assertThat(withLong.hash()).as("%d bytes and a long", length)
          .isEqualTo(jdk().digest(expected.toByteArray()));
    }
  }

  private static byte[] bytes(int length) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) (i * 31 + 7);
    }
    return data;
  }

  private static void assertHashedAsTheJdkDoes(int length) {
    byte[] data = bytes(length);
    Sha256 oneByOne = new Sha256();
    for (byte b : data) {
      oneByOne.putByte(b);
    }
    byte[] expected = jdk().digest(data);
    assertThat(oneByOne.hash()).as("%d bytes, one by one", length).isEqualTo(expected);
    assertThat(new Sha256().putBytes(data).hash()).as("%d bytes at once", length)
        .isEqualTo(expected);
  }

  @Example
  void theStandardsExamples() {
    assertThat(new Sha256().putBytes("abc".getBytes(StandardCharsets.US_ASCII)).hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(new Sha256().hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    byte[] million = new byte[1_000_000];
    java.util.Arrays.fill(million, (byte) 'a');
    assertThat(new Sha256().putBytes(million).hex())
        .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }

  @Example
  void startsOverAfterAHash() {
    Sha256 h = new Sha256();
    byte[] first = h.putBytes(new byte[100]).hash();
    assertThat(h.putBytes("abc".getBytes(StandardCharsets.US_ASCII)).hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(HexFormat.of().formatHex(first))
        .isEqualTo(HexFormat.of().formatHex(jdk().digest(new byte[100])));
  }
}
