package org.lurewatch.warnings.store;

import java.util.List;
import java.util.Optional;

import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface WarningRepository extends MongoRepository<Warning, String> {

    List<Warning> findByStatus(WarningStatus status);

    Optional<Warning> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
