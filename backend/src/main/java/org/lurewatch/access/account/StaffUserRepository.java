package org.lurewatch.access.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface StaffUserRepository extends MongoRepository<StaffUser, String> {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAllByOrderByUsernameAsc();
}
