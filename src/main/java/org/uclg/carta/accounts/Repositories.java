package org.uclg.carta.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(a) > 0 from Account a join a.roles r where r = org.uclg.carta.accounts.Role.ADMIN")
    boolean anyAdmin();

    List<Account> findAllByOrderByEmail();

    @Query("select a from Account a join a.localGovernments lg where lg = ?1 and a.enabled = true order by a.email")
    List<Account> representativesOf(long localGovernmentId);
}

interface AccountLinks extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    List<AccountLink> findTop50ByPurposeOrderByCreatedAtDesc(AccountLink.Purpose purpose);

    long deleteByExpiresAtBefore(Instant cutoff);

    Optional<AccountLink> findFirstByPurposeAndCreatedByOrderByCreatedAtDesc(
            AccountLink.Purpose purpose, String createdBy);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update AccountLink l set l.usedAt = :now where l.accountId = :accountId and l.purpose = :purpose "
            + "and l.usedAt is null")
    int useAll(long accountId, AccountLink.Purpose purpose, Instant now);
}

interface SessionValidity extends org.springframework.data.repository.Repository<Account, Long> {

    @Query("select a.sessionsValidFrom from Account a where a.id = :id")
    Optional<Instant> validFrom(long id);
}

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);
}

interface CapturedMails extends JpaRepository<CapturedMail, Long> {

    List<CapturedMail> findTop200ByOrderBySentAtDescIdDesc();
}
