package kz.stat.mics.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over values in the encoding of Guava's {@code Hasher} (numbers little-endian, a boolean
 * as one byte), in which the store's hashes were first written. The values gather in a buffer that
 * goes to the digest a block at a time: a store hashes every text of a plan it saves, and a call
 * into the digest for each number and each text made a tenth of the time spent hashing.
 */
final class Sha256 {
  private final MessageDigest digest;
  private final byte[] buffer = new byte[1 << 13];
  private int used;

  Sha256() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  Sha256 putByte(int b) {
    room(1);
    buffer[used++] = (byte) b;
    return this;
  }

  Sha256 putBoolean(boolean b) {
    return putByte(b ? 1 : 0);
  }

  Sha256 putInt(int v) {
    room(Integer.BYTES);
    for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
      buffer[used++] = (byte) (v >>> shift);
    }
    return this;
  }

  Sha256 putLong(long v) {
    room(Long.BYTES);
    for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
      buffer[used++] = (byte) (v >>> shift);
    }
    return this;
  }

  Sha256 putBytes(byte[] bytes) {
    if (bytes.length > buffer.length - used) {
      flush();
      if (bytes.length >= buffer.length) {
        digest.update(bytes);
        return this;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
    return this;
  }

  /** A text: its length in UTF-8 bytes, then those bytes. */
  Sha256 text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    return putInt(bytes.length).putBytes(bytes);
  }

  /** The hash of everything put; the digest starts over afterwards. */
  byte[] hash() {
    flush();
    return digest.digest();
  }

  /** {@link #hash()} as 64 lowercase hexadecimal digits. */
  String hex() {
    return HexFormat.of().formatHex(hash());
  }

  private void room(int bytes) {
    if (buffer.length - used < bytes) {
      flush();
    }
  }

  private void flush() {
    digest.update(buffer, 0, used);
    used = 0;
  }
}
