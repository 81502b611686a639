package fr.spro.label.explanation;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The explanation requests, by id (see {@link ExplanationRequest#idOf}). */
interface ExplanationRequests extends MongoRepository<ExplanationRequest, String> {
}
