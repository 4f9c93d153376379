package kz.stat.mics.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Sockets to a PostgreSQL server's unix socket file, for PgJDBC's {@code socketFactory} setting
 * (the file is its {@code socketFactoryArg}): PgJDBC speaks only TCP on its own, and the embedded
 * server opens no TCP port. Public because PgJDBC creates it by name.
 */
public final class UnixSocketFactory extends SocketFactory {
  private final Path socketFile;

  /** A factory for sockets to {@code socketFile}, e.g. {@code /run/dir/.s.PGSQL.5432}. */
  public UnixSocketFactory(String socketFile) {
    this.socketFile = Path.of(socketFile);
  }

  @Override
  public Socket createSocket() {
    return new UnixSocket(socketFile);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connected();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
      int localPort) throws IOException {
    return connected();
  }

  private Socket connected() throws IOException {
    Socket socket = createSocket();
    socket.connect(null, 0);
    return socket;
  }

  /**
   * A {@link Socket} over a unix domain {@link SocketChannel}; the host and port PgJDBC asks for
   * are ignored, as are TCP options. Read timeouts are not enforced: the server is this program's
   * own child.
   */
  private static final class UnixSocket extends Socket {
    private final Path file;
    private SocketChannel channel;
    private int timeout;
    private boolean closed;

    UnixSocket(Path file) {
      this.file = file;
    }

    @Override
    public synchronized void connect(SocketAddress ignored, int timeoutMillis) throws IOException {
      if (channel != null) {
        throw new SocketException("already connected");
      }
      SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        c.connect(UnixDomainSocketAddress.of(file));
      } catch (IOException e) {
        c.close();
        throw new SocketException("cannot connect to " + file + ": " + e.getMessage());
      }
      channel = c;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
      connect(endpoint, 0);
    }

    @Override
    public synchronized boolean isConnected() {
      return channel != null && channel.isConnected();
    }

    @Override
    public synchronized boolean isClosed() {
      return closed;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      SocketChannel c = open();
      return new InputStream() {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n = read(one, 0, 1);
          return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (len == 0) {
            return 0;
          }
          return c.read(ByteBuffer.wrap(b, off, len));
        }
      };
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
      SocketChannel c = open();
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
          while (buffer.hasRemaining()) {
            c.write(buffer);
          }
        }
      };
    }

    private synchronized SocketChannel open() throws SocketException {
      if (channel == null || closed) {
        throw new SocketException("not connected to " + file);
      }
      return channel;
    }

    @Override
    public synchronized void close() throws IOException {
      closed = true;
      if (channel != null) {
        channel.close();
      }
    }

    @Override
    public void shutdownInput() throws IOException {
      open().shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
      open().shutdownOutput();
    }

    @Override
    public void setTcpNoDelay(boolean on) {
      // not TCP
    }

    @Override
    public boolean getTcpNoDelay() {
      return true;
    }

    @Override
    public void setKeepAlive(boolean on) {
      // not TCP
    }

    @Override
    public boolean getKeepAlive() {
      return false;
    }

    @Override
    public synchronized void setSoTimeout(int timeout) {
      this.timeout = timeout;
    }

    @Override
    public synchronized int getSoTimeout() {
      return timeout;
    }

    @Override
    public void setSendBufferSize(int size) {
      // the kernel's default suits a local socket
    }

    @Override
    public int getSendBufferSize() {
      return 1 << 16;
    }

    @Override
    public void setReceiveBufferSize(int size) {
      // the kernel's default suits a local socket
    }

    @Override
    public int getReceiveBufferSize() {
      return 1 << 16;
    }

    @Override
    public String toString() {
      return "unix socket " + file;
    }
  }
}
