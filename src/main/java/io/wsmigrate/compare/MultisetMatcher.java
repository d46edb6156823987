package io.wsmigrate.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One-to-one matching of two lists by a structural key, as multisets: two identical objects on one
 * side match two on the other, and a third stays unmatched. Order of the input is kept.
 */
final class MultisetMatcher {
    private MultisetMatcher() {
    }

    record Pair<C, T>(C current, T target) {
    }

    record Result<C, T>(List<Pair<C, T>> matched, List<C> onlyCurrent, List<T> onlyTarget) {
    }

    static <C, T> Result<C, T> match(List<C> current, List<T> target,
                                     Function<C, String> currentKey, Function<T, String> targetKey) {
        Map<String, Deque<C>> available = new HashMap<>();
        for (C item : current) {
            available.computeIfAbsent(currentKey.apply(item), k -> new ArrayDeque<>()).add(item);
        }
        List<Pair<C, T>> matched = new ArrayList<>();
        List<T> onlyTarget = new ArrayList<>();
        for (T item : target) {
            Deque<C> candidates = available.get(targetKey.apply(item));
            C partner = candidates == null ? null : candidates.poll();
            if (partner == null) {
                onlyTarget.add(item);
            } else {
                matched.add(new Pair<>(partner, item));
            }
        }
        List<C> onlyCurrent = new ArrayList<>(current);
        matched.forEach(pair -> removeByIdentity(onlyCurrent, pair.current()));
        return new Result<>(matched, onlyCurrent, onlyTarget);
    }

    private static <C> void removeByIdentity(List<C> items, C item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                items.remove(i);
                return;
            }
        }
    }
}
