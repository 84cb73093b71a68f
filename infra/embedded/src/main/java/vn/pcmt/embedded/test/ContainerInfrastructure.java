package vn.pcmt.embedded.test;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Real MongoDB (a one-member replica set) and real Kafka (KRaft) images, with pinned tags. */
final class ContainerInfrastructure implements InfrastructureExtension.TestInfrastructure {

    static final DockerImageName MONGO = DockerImageName.parse("mongo:7.0.14");
    static final DockerImageName KAFKA = DockerImageName.parse("apache/kafka:3.9.2");

    private final MongoDBContainer mongo = new MongoDBContainer(MONGO);
    private final KafkaContainer kafka = new KafkaContainer(KAFKA);

    ContainerInfrastructure() {
        mongo.start();
        kafka.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoConnectionString() {
        return mongo.getReplicaSetUrl();
    }

    @Override
    public void close() {
        kafka.stop();
        mongo.stop();
    }
}
