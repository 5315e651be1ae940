package org.ieum.enterprises.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memory of values computed while the index was at some {@link IndexGeneration}: a value
 * is given back only for the generation it was filed under, and the least recently used goes first
 * when it is full. Shared by {@link SearchAnswers} and {@link DirectoryPages}.
 */
final class Remembered<K, V> {

	private record Entry<V>(long generation, V value) {
	}

	private final int max;
	private final Map<K, Entry<V>> entries;

	Remembered(int max) {
		this.max = max;
		this.entries = new LinkedHashMap<>(Math.max(16, max), 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
				return size() > Remembered.this.max;
			}
		};
	}

	/** Whether anything is kept at all (a size of 0 turns the memory off). */
	boolean enabled() {
		return max > 0;
	}

	/** The value filed under this key at this generation, or null. */
	synchronized V get(K key, long generation) {
		Entry<V> entry = entries.get(key);
		return entry != null && entry.generation() == generation ? entry.value() : null;
	}

	/** Files a value under the generation read before it was computed. */
	synchronized void put(K key, long generation, V value) {
		if (enabled()) {
			entries.put(key, new Entry<>(generation, value));
		}
	}
}
