package org.ieum.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop HTTP/1.1 load generator that costs the machine little, for benchmarks whose server
 * shares the same cores: requests are due at a fixed rate whatever the server does, a pool of
 * keep-alive connections (plain sockets, no client library) sends each one when a connection is
 * free, and a request's latency runs from the moment it was due to the last byte of its answer.
 * So a server that falls behind shows it as queueing time in the latencies, rather than a
 * closed loop quietly sending less (coordinated omission).
 */
public final class OpenLoop {

	/** The request bytes of the n-th request, a complete HTTP/1.1 message with {@code Connection: keep-alive}. */
	public interface Requests extends IntFunction<byte[]> {
	}

	/** Latencies in nanoseconds (from due to answered) and how many answers had each status. */
	public record Result(List<Long> nanos, Map<Integer, AtomicInteger> statuses, double seconds) {

		public double achievedPerSecond() {
			return nanos.size() / seconds;
		}
	}

	private record Due(int index, long at) {
	}

	private static final Due STOP = new Due(-1, 0);

	private final String host;
	private final int port;
	private final int connections;

	public OpenLoop(String host, int port, int connections) {
		this.host = host;
		this.port = port;
		this.connections = connections;
	}

	/** Sends {@code rate * seconds} requests, numbered from {@code first}, at {@code rate} per second. */
	public Result run(int rate, int seconds, int first, Requests requests) throws InterruptedException {
		int total = rate * seconds;
		BlockingQueue<Due> queue = new ArrayBlockingQueue<>(total + connections);
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>(total));
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Thread worker = new Thread(() -> work(queue, requests, nanos, statuses), "open-loop-" + i);
			worker.setDaemon(true);
			worker.start();
			workers.add(worker);
		}
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		long t0 = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = t0 + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			queue.add(new Due(first + i, due));
		}
		for (int i = 0; i < connections; i++) {
			queue.add(STOP);
		}
		for (Thread worker : workers) {
			worker.join(TimeUnit.MINUTES.toMillis(2));
		}
		return new Result(nanos, statuses, (System.nanoTime() - t0) / 1e9);
	}

	private void work(BlockingQueue<Due> queue, Requests requests, List<Long> nanos,
			Map<Integer, AtomicInteger> statuses) {
		Connection socket = null;
		try {
			while (true) {
				Due due = queue.take();
				if (due == STOP) {
					return;
				}
				byte[] request = requests.apply(due.index());
				int status;
				try {
					if (socket == null) {
						socket = connect();
					}
					socket.out().write(request);
					socket.out().flush();
					status = readResponse(socket.in());
				}
				catch (IOException ex) {
					// the server closed a kept-alive connection: once more on a new one
					close(socket);
					socket = connect();
					socket.out().write(request);
					socket.out().flush();
					status = readResponse(socket.in());
				}
				nanos.add(System.nanoTime() - due.at());
				statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			close(socket);
		}
	}

	private Connection connect() throws IOException {
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.connect(new InetSocketAddress(host, port), 5_000);
		socket.setSoTimeout(120_000);
		return new Connection(socket, new BufferedInputStream(socket.getInputStream(), 16 * 1024),
				socket.getOutputStream());
	}

	private static void close(Connection connection) {
		if (connection != null) {
			try {
				connection.socket().close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
		}
	}

	/** Reads one response (status line, headers, a Content-Length or chunked body) and returns its status. */
	static int readResponse(InputStream in) throws IOException {
		String statusLine = line(in);
		if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
			throw new IOException("no HTTP response: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		if (chunked) {
			for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
				skip(in, size);
				line(in);
			}
			line(in);
		}
		else if (length > 0) {
			skip(in, length);
		}
		return status;
	}

	private static void skip(InputStream in, long bytes) throws IOException {
		long left = bytes;
		while (left > 0) {
			long skipped = in.skip(left);
			if (skipped <= 0) {
				if (in.read() < 0) {
					throw new IOException("connection closed in a body");
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(64);
		int b;
		while ((b = in.read()) >= 0) {
			if (b == '\n') {
				byte[] bytes = line.toByteArray();
				int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
			}
			line.write(b);
		}
		return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
	}

	/** A kept-alive connection with one buffered input for its whole life (an answer may arrive in pieces). */
	private record Connection(Socket socket, InputStream in, OutputStream out) {
	}

	/** A POST with a JSON body and these extra header lines (each ending in CRLF). */
	public static byte[] postJson(String host, int port, String path, String headers, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\n"
				+ "Accept: application/json\r\nContent-Length: " + body.length + "\r\n" + headers + "\r\n";
		byte[] start = head.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[start.length + body.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(body, 0, all, start.length, body.length);
		return all;
	}
}
