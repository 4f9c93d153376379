package kz.stat.mics.persistence;

import static java.lang.Integer.rotateRight;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * SHA-256 (FIPS 180-4) over values in the encoding of Guava's {@code Hasher} (numbers
 * little-endian, a boolean as one byte), in which the store's hashes were first written.
 *
 * <p>The values gather in a buffer whose blocks are hashed here, not by the JDK's
 * {@code MessageDigest}: the command runs with the quick compiler only, which does not use the
 * processor's SHA instructions and leaves the JDK's loop over arrays of round constants and
 * schedule words as it is. The rounds below keep the schedule in sixteen local variables and
 * name the working variables anew in each round instead of moving them; a streamed import of
 * 100,000 activities hashes about 35 MB, which takes about a quarter less time. Tests compare
 * every hash with the JDK's.
 */
final class Sha256 {
  private static final int[] K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  };
  private static final int[] START = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };
  private static final int BLOCK = 64;

  private final int[] state = START.clone();
  /** A whole number of blocks: it is hashed when full. */
  private final byte[] buffer = new byte[BLOCK * 128];
  private int used;
  /** The bytes hashed before the buffer's. */
  private long hashed;

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
    int from = 0;
    while (from < bytes.length) {
      if (used == buffer.length) {
        flush();
      }
      int n = Math.min(bytes.length - from, buffer.length - used);
      System.arraycopy(bytes, from, buffer, used, n);
      used += n;
      from += n;
    }
    return this;
  }

  /** A text: its length in UTF-8 bytes, then those bytes. */
  Sha256 text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    return putInt(bytes.length).putBytes(bytes);
  }

  /** The hash of everything put; the hash starts over afterwards. */
  byte[] hash() {
    long bits = (hashed + used) * Byte.SIZE;
    // the padding: a one bit, zeros, and the length in bits, big-endian, ending a block
    putByte(0x80);
    while (used % BLOCK != BLOCK - Long.BYTES) {
      putByte(0);
    }
    for (int shift = Long.SIZE - Byte.SIZE; shift >= 0; shift -= Byte.SIZE) {
      putByte((int) (bits >>> shift));
    }
    flush();
    byte[] out = new byte[state.length * Integer.BYTES];
    for (int i = 0; i < state.length; i++) {
      for (int j = 0; j < Integer.BYTES; j++) {
        out[i * Integer.BYTES + j] = (byte) (state[i] >>> (Integer.SIZE - Byte.SIZE * (j + 1)));
      }
    }
    System.arraycopy(START, 0, state, 0, state.length);
    hashed = 0;
    return out;
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

  /** Hashes the buffer's whole blocks and keeps the rest at its start. */
  private void flush() {
    int whole = used - used % BLOCK;
    for (int at = 0; at < whole; at += BLOCK) {
      compress(buffer, at);
    }
    System.arraycopy(buffer, whole, buffer, 0, used - whole);
    hashed += whole;
    used -= whole;
  }

  private static int bigEndian(byte[] in, int at) {
    return (in[at] << 24) | ((in[at + 1] & 0xff) << 16) | ((in[at + 2] & 0xff) << 8)
        | (in[at + 3] & 0xff);
  }

  /**
   * One block: sixteen rounds on the block's words, then three times sixteen that extend the
   * schedule in place; each round's working variables are the last round's, named one place on.
   */
  private void compress(byte[] in, int at) {
    int[] s = state;
    int a = s[0];
    int b = s[1];
    int c = s[2];
    int d = s[3];
    int e = s[4];
    int f = s[5];
    int g = s[6];
    int h = s[7];
    int w0 = bigEndian(in, at + 0);
    int w1 = bigEndian(in, at + 4);
    int w2 = bigEndian(in, at + 8);
    int w3 = bigEndian(in, at + 12);
    int w4 = bigEndian(in, at + 16);
    int w5 = bigEndian(in, at + 20);
    int w6 = bigEndian(in, at + 24);
    int w7 = bigEndian(in, at + 28);
    int w8 = bigEndian(in, at + 32);
    int w9 = bigEndian(in, at + 36);
    int w10 = bigEndian(in, at + 40);
    int w11 = bigEndian(in, at + 44);
    int w12 = bigEndian(in, at + 48);
    int w13 = bigEndian(in, at + 52);
    int w14 = bigEndian(in, at + 56);
    int w15 = bigEndian(in, at + 60);
    h += (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25))
        + ((e & f) ^ (~e & g)) + K[0] + w0;
    d += h;
    h += (rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22))
        + ((a & b) ^ (a & c) ^ (b & c));
    g += (rotateRight(d, 6) ^ rotateRight(d, 11) ^ rotateRight(d, 25))
        + ((d & e) ^ (~d & f)) + K[1] + w1;
    c += g;
    g += (rotateRight(h, 2) ^ rotateRight(h, 13) ^ rotateRight(h, 22))
        + ((h & a) ^ (h & b) ^ (a & b));
    f += (rotateRight(c, 6) ^ rotateRight(c, 11) ^ rotateRight(c, 25))
        + ((c & d) ^ (~c & e)) + K[2] + w2;
    b += f;
    f += (rotateRight(g, 2) ^ rotateRight(g, 13) ^ rotateRight(g, 22))
        + ((g & h) ^ (g & a) ^ (h & a));
    e += (rotateRight(b, 6) ^ rotateRight(b, 11) ^ rotateRight(b, 25))
        + ((b & c) ^ (~b & d)) + K[3] + w3;
    a += e;
    e += (rotateRight(f, 2) ^ rotateRight(f, 13) ^ rotateRight(f, 22))
        + ((f & g) ^ (f & h) ^ (g & h));
    d += (rotateRight(a, 6) ^ rotateRight(a, 11) ^ rotateRight(a, 25))
        + ((a & b) ^ (~a & c)) + K[4] + w4;
    h += d;
    d += (rotateRight(e, 2) ^ rotateRight(e, 13) ^ rotateRight(e, 22))
        + ((e & f) ^ (e & g) ^ (f & g));
    c += (rotateRight(h, 6) ^ rotateRight(h, 11) ^ rotateRight(h, 25))
        + ((h & a) ^ (~h & b)) + K[5] + w5;
    g += c;
    c += (rotateRight(d, 2) ^ rotateRight(d, 13) ^ rotateRight(d, 22))
        + ((d & e) ^ (d & f) ^ (e & f));
    b += (rotateRight(g, 6) ^ rotateRight(g, 11) ^ rotateRight(g, 25))
        + ((g & h) ^ (~g & a)) + K[6] + w6;
    f += b;
    b += (rotateRight(c, 2) ^ rotateRight(c, 13) ^ rotateRight(c, 22))
        + ((c & d) ^ (c & e) ^ (d & e));
    a += (rotateRight(f, 6) ^ rotateRight(f, 11) ^ rotateRight(f, 25))
        + ((f & g) ^ (~f & h)) + K[7] + w7;
    e += a;
    a += (rotateRight(b, 2) ^ rotateRight(b, 13) ^ rotateRight(b, 22))
        + ((b & c) ^ (b & d) ^ (c & d));
    h += (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25))
        + ((e & f) ^ (~e & g)) + K[8] + w8;
    d += h;
    h += (rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22))
        + ((a & b) ^ (a & c) ^ (b & c));
    g += (rotateRight(d, 6) ^ rotateRight(d, 11) ^ rotateRight(d, 25))
        + ((d & e) ^ (~d & f)) + K[9] + w9;
    c += g;
    g += (rotateRight(h, 2) ^ rotateRight(h, 13) ^ rotateRight(h, 22))
        + ((h & a) ^ (h & b) ^ (a & b));
    f += (rotateRight(c, 6) ^ rotateRight(c, 11) ^ rotateRight(c, 25))
        + ((c & d) ^ (~c & e)) + K[10] + w10;
    b += f;
    f += (rotateRight(g, 2) ^ rotateRight(g, 13) ^ rotateRight(g, 22))
        + ((g & h) ^ (g & a) ^ (h & a));
    e += (rotateRight(b, 6) ^ rotateRight(b, 11) ^ rotateRight(b, 25))
        + ((b & c) ^ (~b & d)) + K[11] + w11;
    a += e;
    e += (rotateRight(f, 2) ^ rotateRight(f, 13) ^ rotateRight(f, 22))
        + ((f & g) ^ (f & h) ^ (g & h));
    d += (rotateRight(a, 6) ^ rotateRight(a, 11) ^ rotateRight(a, 25))
        + ((a & b) ^ (~a & c)) + K[12] + w12;
    h += d;
    d += (rotateRight(e, 2) ^ rotateRight(e, 13) ^ rotateRight(e, 22))
        + ((e & f) ^ (e & g) ^ (f & g));
    c += (rotateRight(h, 6) ^ rotateRight(h, 11) ^ rotateRight(h, 25))
        + ((h & a) ^ (~h & b)) + K[13] + w13;
    g += c;
    c += (rotateRight(d, 2) ^ rotateRight(d, 13) ^ rotateRight(d, 22))
        + ((d & e) ^ (d & f) ^ (e & f));
    b += (rotateRight(g, 6) ^ rotateRight(g, 11) ^ rotateRight(g, 25))
        + ((g & h) ^ (~g & a)) + K[14] + w14;
    f += b;
    b += (rotateRight(c, 2) ^ rotateRight(c, 13) ^ rotateRight(c, 22))
        + ((c & d) ^ (c & e) ^ (d & e));
    a += (rotateRight(f, 6) ^ rotateRight(f, 11) ^ rotateRight(f, 25))
        + ((f & g) ^ (~f & h)) + K[15] + w15;
    e += a;
    a += (rotateRight(b, 2) ^ rotateRight(b, 13) ^ rotateRight(b, 22))
        + ((b & c) ^ (b & d) ^ (c & d));
    for (int t = 16; t < 64; t += 16) {
      w0 += (rotateRight(w14, 17) ^ rotateRight(w14, 19) ^ (w14 >>> 10)) + w9
          + (rotateRight(w1, 7) ^ rotateRight(w1, 18) ^ (w1 >>> 3));
      h += (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25))
          + ((e & f) ^ (~e & g)) + K[t + 0] + w0;
      d += h;
      h += (rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22))
          + ((a & b) ^ (a & c) ^ (b & c));
      w1 += (rotateRight(w15, 17) ^ rotateRight(w15, 19) ^ (w15 >>> 10)) + w10
          + (rotateRight(w2, 7) ^ rotateRight(w2, 18) ^ (w2 >>> 3));
      g += (rotateRight(d, 6) ^ rotateRight(d, 11) ^ rotateRight(d, 25))
          + ((d & e) ^ (~d & f)) + K[t + 1] + w1;
      c += g;
      g += (rotateRight(h, 2) ^ rotateRight(h, 13) ^ rotateRight(h, 22))
          + ((h & a) ^ (h & b) ^ (a & b));
      w2 += (rotateRight(w0, 17) ^ rotateRight(w0, 19) ^ (w0 >>> 10)) + w11
          + (rotateRight(w3, 7) ^ rotateRight(w3, 18) ^ (w3 >>> 3));
      f += (rotateRight(c, 6) ^ rotateRight(c, 11) ^ rotateRight(c, 25))
          + ((c & d) ^ (~c & e)) + K[t + 2] + w2;
      b += f;
      f += (rotateRight(g, 2) ^ rotateRight(g, 13) ^ rotateRight(g, 22))
          + ((g & h) ^ (g & a) ^ (h & a));
      w3 += (rotateRight(w1, 17) ^ rotateRight(w1, 19) ^ (w1 >>> 10)) + w12
          + (rotateRight(w4, 7) ^ rotateRight(w4, 18) ^ (w4 >>> 3));
      e += (rotateRight(b, 6) ^ rotateRight(b, 11) ^ rotateRight(b, 25))
          + ((b & c) ^ (~b & d)) + K[t + 3] + w3;
      a += e;
      e += (rotateRight(f, 2) ^ rotateRight(f, 13) ^ rotateRight(f, 22))
          + ((f & g) ^ (f & h) ^ (g & h));
      w4 += (rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10)) + w13
          + (rotateRight(w5, 7) ^ rotateRight(w5, 18) ^ (w5 >>> 3));
      d += (rotateRight(a, 6) ^ rotateRight(a, 11) ^ rotateRight(a, 25))
          + ((a & b) ^ (~a & c)) + K[t + 4] + w4;
      h += d;
      d += (rotateRight(e, 2) ^ rotateRight(e, 13) ^ rotateRight(e, 22))
          + ((e & f) ^ (e & g) ^ (f & g));
      w5 += (rotateRight(w3, 17) ^ rotateRight(w3, 19) ^ (w3 >>> 10)) + w14
          + (rotateRight(w6, 7) ^ rotateRight(w6, 18) ^ (w6 >>> 3));
      c += (rotateRight(h, 6) ^ rotateRight(h, 11) ^ rotateRight(h, 25))
          + ((h & a) ^ (~h & b)) + K[t + 5] + w5;
      g += c;
      c += (rotateRight(d, 2) ^ rotateRight(d, 13) ^ rotateRight(d, 22))
          + ((d & e) ^ (d & f) ^ (e & f));
      w6 += (rotateRight(w4, 17) ^ rotateRight(w4, 19) ^ (w4 >>> 10)) + w15
          + (rotateRight(w7, 7) ^ rotateRight(w7, 18) ^ (w7 >>> 3));
      b += (rotateRight(g, 6) ^ rotateRight(g, 11) ^ rotateRight(g, 25))
          + ((g & h) ^ (~g & a)) + K[t + 6] + w6;
      f += b;
      b += (rotateRight(c, 2) ^ rotateRight(c, 13) ^ rotateRight(c, 22))
          + ((c & d) ^ (c & e) ^ (d & e));
      w7 += (rotateRight(w5, 17) ^ rotateRight(w5, 19) ^ (w5 >>> 10)) + w0
          + (rotateRight(w8, 7) ^ rotateRight(w8, 18) ^ (w8 >>> 3));
      a += (rotateRight(f, 6) ^ rotateRight(f, 11) ^ rotateRight(f, 25))
          + ((f & g) ^ (~f & h)) + K[t + 7] + w7;
      e += a;
      a += (rotateRight(b, 2) ^ rotateRight(b, 13) ^ rotateRight(b, 22))
          + ((b & c) ^ (b & d) ^ (c & d));
      w8 += (rotateRight(w6, 17) ^ rotateRight(w6, 19) ^ (w6 >>> 10)) + w1
          + (rotateRight(w9, 7) ^ rotateRight(w9, 18) ^ (w9 >>> 3));
      h += (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25))
          + ((e & f) ^ (~e & g)) + K[t + 8] + w8;
      d += h;
      h += (rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22))
          + ((a & b) ^ (a & c) ^ (b & c));
      w9 += (rotateRight(w7, 17) ^ rotateRight(w7, 19) ^ (w7 >>> 10)) + w2
          + (rotateRight(w10, 7) ^ rotateRight(w10, 18) ^ (w10 >>> 3));
      g += (rotateRight(d, 6) ^ rotateRight(d, 11) ^ rotateRight(d, 25))
          + ((d & e) ^ (~d & f)) + K[t + 9] + w9;
      c += g;
      g += (rotateRight(h, 2) ^ rotateRight(h, 13) ^ rotateRight(h, 22))
          + ((h & a) ^ (h & b) ^ (a & b));
      w10 += (rotateRight(w8, 17) ^ rotateRight(w8, 19) ^ (w8 >>> 10)) + w3
          + (rotateRight(w11, 7) ^ rotateRight(w11, 18) ^ (w11 >>> 3));
      f += (rotateRight(c, 6) ^ rotateRight(c, 11) ^ rotateRight(c, 25))
          + ((c & d) ^ (~c & e)) + K[t + 10] + w10;
      b += f;
      f += (rotateRight(g, 2) ^ rotateRight(g, 13) ^ rotateRight(g, 22))
          + ((g & h) ^ (g & a) ^ (h & a));
      w11 += (rotateRight(w9, 17) ^ rotateRight(w9, 19) ^ (w9 >>> 10)) + w4
          + (rotateRight(w12, 7) ^ rotateRight(w12, 18) ^ (w12 >>> 3));
      e += (rotateRight(b, 6) ^ rotateRight(b, 11) ^ rotateRight(b, 25))
          + ((b & c) ^ (~b & d)) + K[t + 11] + w11;
      a += e;
      e += (rotateRight(f, 2) ^ rotateRight(f, 13) ^ rotateRight(f, 22))
          + ((f & g) ^ (f & h) ^ (g & h));
      w12 += (rotateRight(w10, 17) ^ rotateRight(w10, 19) ^ (w10 >>> 10)) + w5
          + (rotateRight(w13, 7) ^ rotateRight(w13, 18) ^ (w13 >>> 3));
      d += (rotateRight(a, 6) ^ rotateRight(a, 11) ^ rotateRight(a, 25))
          + ((a & b) ^ (~a & c)) + K[t + 12] + w12;
      h += d;
      d += (rotateRight(e, 2) ^ rotateRight(e, 13) ^ rotateRight(e, 22))
          + ((e & f) ^ (e & g) ^ (f & g));
      w13 += (rotateRight(w11, 17) ^ rotateRight(w11, 19) ^ (w11 >>> 10)) + w6
          + (rotateRight(w14, 7) ^ rotateRight(w14, 18) ^ (w14 >>> 3));
      c += (rotateRight(h, 6) ^ rotateRight(h, 11) ^ rotateRight(h, 25))
          + ((h & a) ^ (~h & b)) + K[t + 13] + w13;
      g += c;
      c += (rotateRight(d, 2) ^ rotateRight(d, 13) ^ rotateRight(d, 22))
          + ((d & e) ^ (d & f) ^ (e & f));
      w14 += (rotateRight(w12, 17) ^ rotateRight(w12, 19) ^ (w12 >>> 10)) + w7
          + (rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3));
      b += (rotateRight(g, 6) ^ rotateRight(g, 11) ^ rotateRight(g, 25))
          + ((g & h) ^ (~g & a)) + K[t + 14] + w14;
      f += b;
      b += (rotateRight(c, 2) ^ rotateRight(c, 13) ^ rotateRight(c, 22))
          + ((c & d) ^ (c & e) ^ (d & e));
      w15 += (rotateRight(w13, 17) ^ rotateRight(w13, 19) ^ (w13 >>> 10)) + w8
          + (rotateRight(w0, 7) ^ rotateRight(w0, 18) ^ (w0 >>> 3));
      a += (rotateRight(f, 6) ^ rotateRight(f, 11) ^ rotateRight(f, 25))
          + ((f & g) ^ (~f & h)) + K[t + 15] + w15;
      e += a;
      a += (rotateRight(b, 2) ^ rotateRight(b, 13) ^ rotateRight(b, 22))
          + ((b & c) ^ (b & d) ^ (c & d));
    }
    s[0] += a;
    s[1] += b;
    s[2] += c;
    s[3] += d;
    s[4] += e;
    s[5] += f;
    s[6] += g;
    s[7] += h;
  }
}
