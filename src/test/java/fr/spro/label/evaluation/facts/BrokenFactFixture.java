package fr.spro.label.evaluation.facts;

import org.bson.Document;

/** A rule fact that breaks the architecture rule on purpose (test sources only). */
public record BrokenFactFixture(Document raw) {
}
