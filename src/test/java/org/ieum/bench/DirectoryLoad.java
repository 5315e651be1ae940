package org.ieum.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.ieum.enterprises.DesignationType;

/**
 * A small closed-loop load generator for the directory page, used by {@code bench/directory-load.sh}
 * when {@code wrk} is not installed: {@code clients} threads each send the next request as soon as the
 * previous one answered, over varied searches, for a fixed time after a warm-up. Prints throughput
 * and latency percentiles as a Markdown table row.
 * <p>
 * Arguments: base URL (e.g. {@code http://localhost:18090}), center slug, clients, seconds.
 */
public final class DirectoryLoad {

	private DirectoryLoad() {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		String slug = args.length > 1 ? args[1] : "busan";
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		List<URI> uris = new ArrayList<>();
		Random random = new Random(11);
		for (int i = 0; i < 200; i++) {
			StringBuilder url = new StringBuilder(base + "/c/" + slug + "/organizations?page=" + random.nextInt(3));
			if (i % 10 != 0) {
				url.append("&q=").append(URLEncoder.encode(
						SearchBenchmark.QUERIES[random.nextInt(SearchBenchmark.QUERIES.length)], StandardCharsets.UTF_8));
			}
			if (i % 3 == 0) {
				url.append("&type=").append(DesignationType.values()[random.nextInt(7)]);
			}
			uris.add(URI.create(url.toString()));
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		run(http, uris, clients, Math.max(3, seconds / 5), null, null); // warm-up
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		run(http, uris, clients, seconds, latencies, errors);
		double elapsed = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.println("| clients | seconds | requests | errors | req/s | p50 | p95 | p99 |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
		System.out.printf("| %d | %d | %,d | %d | %.1f | %.1f ms | %.1f ms | %.1f ms |%n", clients, seconds, sorted.size(),
				errors.get(), sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
	}

	private static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	private static void run(HttpClient http, List<URI> uris, int clients, int seconds, List<Long> latencies,
			AtomicLong errors) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int offset = c * 13;
			Thread t = new Thread(() -> {
				int i = offset;
				while (System.nanoTime() < end) {
					HttpRequest request = HttpRequest.newBuilder(uris.get(i++ % uris.size())).timeout(Duration.ofSeconds(30))
						.GET().build();
					long t0 = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						if (latencies != null) {
							if (response.statusCode() == 200) {
								latencies.add(System.nanoTime() - t0);
							}
							else {
								errors.incrementAndGet();
							}
						}
					}
					catch (Exception e) {
						if (errors != null) {
							errors.incrementAndGet();
						}
					}
				}
			});
			t.start();
			threads.add(t);
		}
		for (Thread t : threads) {
			t.join();
		}
	}
}
