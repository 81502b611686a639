package fr.spro.label.architecture.broken.ownership.alpha;

import org.springframework.data.mongodb.core.mapping.Document;

/** A document of module alpha, for the ownership rule's own test. */
@Document("things")
public record Thing(String id) {
}
