package fr.spro.label.security;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Accounts by username. */
public interface UserAccounts extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByUsername(String username);
}
