package org.quanze.impact.correspondence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.law.LawText;
import org.quanze.law.Normalised;

/**
 * Inverse document frequency of character pairs over the articles of both versions. Legal
 * texts repeat stock phrases (对直接负责的主管人员和其他直接责任人员依法给予处分, 保密行政管理部门)
 * in article after article; counted at full weight they make unrelated liability articles look
 * alike (2014 条例 第三十九条 shares more pairs with 2024 第六十八条 than with its real successor).
 * Weighting each pair by ln(N / articles containing it) lets the words that say what an
 * article is about decide.
 */
final class PairWeights {

    private final Map<Integer, Double> weights = new HashMap<>();
    private final double unseen;

    /** The weights for comparing these versions, counted over all their articles. */
    static PairWeights of(LawText... versions) {
        return new PairWeights(java.util.Arrays.stream(versions).flatMap(v -> v.articles().stream())
                .map(a -> Normalised.comparable(a.text())).toList());
    }

    PairWeights(List<String> articleTexts) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (String text : articleTexts) {
            Set<Integer> distinct = new HashSet<>();
            for (int code : Bigrams.codes(text)) {
                distinct.add(code);
            }
            distinct.forEach(code -> frequency.merge(code, 1, Integer::sum));
        }
        int n = articleTexts.size();
        frequency.forEach((code, df) -> weights.put(code, Math.log((double) n / df)));
        unseen = Math.log(n);
    }

    double weight(int code) {
        return weights.getOrDefault(code, unseen);
    }
}
