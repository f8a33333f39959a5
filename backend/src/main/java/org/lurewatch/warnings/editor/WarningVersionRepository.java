package org.lurewatch.warnings.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface WarningVersionRepository extends MongoRepository<WarningVersion, String> {

    List<WarningVersion> findByWarningIdOrderByNumberDesc(String warningId);

    Optional<WarningVersion> findByWarningIdAndNumber(String warningId, long number);

    boolean existsByWarningId(String warningId);
}
