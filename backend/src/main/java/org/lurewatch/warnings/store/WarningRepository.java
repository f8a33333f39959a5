package org.lurewatch.warnings.store;

import java.util.Optional;

import org.lurewatch.warnings.Warning;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface WarningRepository extends MongoRepository<Warning, String> {


    Optional<Warning> findBySlug(String slug);

}
