package fr.spro.label.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

@IntegrationTest
class StoreHealthTests {

    @Autowired
    HealthIndicator mongoHealthIndicator;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void storeIsUpWhenItAnswersPing() {
        Health health = mongoHealthIndicator.health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKey("database");
    }

    @Test
    void usesTransactionsOnlyWhereTheServerHasThem() {
        Class<?> expected = TestDatabase.isRealMongo() ? MongoTransactionManager.class : NoTransactionManager.class;
        assertThat(transactionManager).isInstanceOf(expected);
    }
}
