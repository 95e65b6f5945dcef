package org.uclg.carta.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.network.Directory;

/** Everything that changes an account: registration, links sent by email, profile, roles, tokens. */
@Service
@Transactional
class AccountService {

    static final Duration CONFIRM_VALIDITY = Duration.ofDays(2);
    static final Duration RESET_VALIDITY = Duration.ofHours(2);
    static final Duration INVITE_VALIDITY = Duration.ofDays(14);

    private final Accounts accounts;
    private final AccountLinks links;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;
    private final LoginThrottle throttle;

    AccountService(
            Accounts accounts,
            AccountLinks links,
            ApiTokens tokens,
            PasswordEncoder encoder,
            Mailer mailer,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            CartaProperties props,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.links = links;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mailer = mailer;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    /**
     * Registers a person and mails a confirmation link. An address already registered gets a
     * notice instead, so the form does not reveal who has an account.
     */
    void register(String email, String name, String password, String lang) {
        String normalised = Account.normalise(email);
        Optional<Account> existing = accounts.findByEmail(normalised);
        if (existing.isPresent()) {
            encoder.encode(password); // as long as a new registration takes
            mailer.sendLater(normalised, "alreadyRegistered", lang, baseUrl + "/" + lang + "/password/forgot");
            return;
        }
        Account account = accounts.save(new Account(normalised, name.strip(), encoder.encode(password), lang, now()));
        String token = link(AccountLink.Purpose.CONFIRM, normalised, account.id(), null, lang, CONFIRM_VALIDITY);
        mailer.sendLater(normalised, "confirm", lang, baseUrl + "/" + lang + "/confirm/" + token);
        audit.record("account", account.id(), "created", null);
    }

    /** True when the link was valid and the account is now confirmed. */
    boolean confirm(String token) {
        return use(token, AccountLink.Purpose.CONFIRM)
                .map(link -> {
                    Account account = accounts.findById(link.accountId()).orElseThrow(NotFoundException::new);
                    account.confirm();
                    return true;
                })
                .orElse(false);
    }

    /** Mails a reset link, at most a few per hour per account; says nothing of whether one exists. */
    void requestReset(String email, String lang) {
        accounts.findByEmail(Account.normalise(email))
                .filter(a -> throttle.resetAllowedFor(a.email()))
                .ifPresent(account -> {
                    String token =
                            link(AccountLink.Purpose.RESET, account.email(), account.id(), null, lang, RESET_VALIDITY);
                    mailer.sendLater(account.email(), "reset", lang, baseUrl + "/" + lang + "/password/reset/" + token);
                });
    }

    @Transactional(readOnly = true)
    boolean resetUsable(String token) {
        return links.findByTokenHash(Secrets.hash(token))
                .filter(l -> l.usable(AccountLink.Purpose.RESET, now()))
                .isPresent();
    }

    boolean reset(String token, String password) {
        return use(token, AccountLink.Purpose.RESET)
                .map(link -> {
                    Account account = accounts.findById(link.accountId()).orElseThrow(NotFoundException::new);
                    account.changePassword(encoder.encode(password));
                    account.confirm();
                    endEverything(account);
                    tokens.findByAccountIdOrderByCreatedAtDesc(account.id()).forEach(t -> t.revoke(now()));
                    audit.record("account", account.id(), "passwordReset", null);
                    return true;
                })
                .orElse(false);
    }

    /** Changes a signed-in person's password; false when the current one is wrong. */
    boolean changePassword(long accountId, String current, String next) {
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (!encoder.matches(current, account.passwordHash())) {
            return false;
        }
        account.changePassword(encoder.encode(next));
        endEverything(account);
        audit.record("account", accountId, "passwordChanged", null);
        return true;
    }

    void updateProfile(long accountId, String name, String lang) {
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.updateProfile(name.strip(), lang);
    }

    @Transactional(readOnly = true)
    Account account(long id) {
        return accounts.findById(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    List<Account> all() {
        return accounts.findAllByOrderByEmail();
    }

    void setRoles(long accountId, Set<Role> roles) {
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.setRoles(roles);
        account.endSessions(now());
        audit.record("account", accountId, "rolesChanged", roles.toString());
    }

    /** Invites a person to represent a local government; returns the link (also mailed). */
    String invite(String email, long localGovernmentId, String lang) {
        String name = directory
                .find(localGovernmentId)
                .map(lg -> lg.name().in(lang).text())
                .orElseThrow(NotFoundException::new);
        String token = link(
                AccountLink.Purpose.INVITE, Account.normalise(email), null, localGovernmentId, lang, INVITE_VALIDITY);
        return sendInvitation(email, token, name, lang);
    }

    /** Invites a person to represent a partner organisation; returns the link (also mailed). */
    String invitePartner(String email, long partnerId, String lang) {
        String name =
                directory.partner(partnerId).map(p -> p.name().in(lang).text()).orElseThrow(NotFoundException::new);
        String token = Secrets.newToken();
        links.save(new AccountLink(
                        AccountLink.Purpose.INVITE,
                        Secrets.hash(token),
                        Account.normalise(email),
                        null,
                        null,
                        lang,
                        AuditTrail.currentActor(),
                        now(),
                        now().plus(INVITE_VALIDITY))
                .forPartner(partnerId));
        return sendInvitation(email, token, name, lang);
    }

    private String sendInvitation(String email, String token, String name, String lang) {
        String url = baseUrl + "/" + lang + "/invitations/" + token;
        mailer.send(Account.normalise(email), "invite", lang, url, name);
        return url;
    }

    @Transactional(readOnly = true)
    Optional<AccountLink> invitation(String token) {
        return links.findByTokenHash(Secrets.hash(token)).filter(l -> l.usable(AccountLink.Purpose.INVITE, now()));
    }

    @Transactional(readOnly = true)
    List<AccountLink> recentInvitations() {
        return links.findTop50ByPurposeOrderByCreatedAtDesc(AccountLink.Purpose.INVITE);
    }

    @Transactional(readOnly = true)
    boolean exists(String email) {
        return accounts.existsByEmail(Account.normalise(email));
    }

    /**
     * Accepts an invitation. A new person sets a name and password (the link proves the address);
     * a person who already has an account must be signed in as the invited address.
     */
    AcceptResult accept(String token, String name, String password, Long signedInAccountId, String lang) {
        Optional<AccountLink> found = invitation(token);
        if (found.isEmpty()) {
            return AcceptResult.INVALID;
        }
        AccountLink link = found.get();
        Optional<Account> existing = accounts.findByEmail(link.email());
        Account account;
        if (existing.isPresent()) {
            if (signedInAccountId == null || !existing.get().id().equals(signedInAccountId)) {
                return AcceptResult.SIGN_IN_FIRST;
            }
            account = existing.get();
        } else {
            account = new Account(link.email(), name.strip(), encoder.encode(password), lang, now());
            account.confirm();
            account = accounts.save(account);
        }
        if (link.partnerId() != null) {
            account.representPartner(link.partnerId());
        } else {
            account.represent(link.localGovernmentId());
        }
        link.use(now());
        audit.record(
                "account",
                account.id(),
                "invitationAccepted",
                link.partnerId() != null
                        ? "partner " + link.partnerId()
                        : "local government " + link.localGovernmentId());
        return AcceptResult.ACCEPTED;
    }

    enum AcceptResult {
        ACCEPTED,
        SIGN_IN_FIRST,
        INVALID
    }

    /** Creates a personal API token; the clear value is returned once and never stored. */
    String createToken(long accountId, String name) {
        String token = "carta_" + Secrets.newToken();
        tokens.save(new ApiToken(accountId, name.strip(), Secrets.hash(token), token.substring(0, 10), now()));
        return token;
    }

    @Transactional(readOnly = true)
    List<ApiToken> tokens(long accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    void revokeToken(long accountId, long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.accountId().equals(accountId))
                .orElseThrow(NotFoundException::new);
        token.revoke(now());
    }

    /** The person behind a bearer token, when the token is active and the account enabled. */
    Optional<CartaUser> authenticateToken(String token) {
        return tokens.findByTokenHash(Secrets.hash(token))
                .filter(ApiToken::active)
                .flatMap(t -> {
                    t.used(now());
                    return accounts.findById(t.accountId())
                            .filter(Account::enabled)
                            .map(CartaUser::new);
                });
    }

    private String link(
            AccountLink.Purpose purpose, String email, Long accountId, Long lgId, String lang, Duration validity) {
        String token = Secrets.newToken();
        links.save(new AccountLink(
                purpose,
                Secrets.hash(token),
                email,
                accountId,
                lgId,
                lang,
                AuditTrail.currentActor(),
                now(),
                now().plus(validity)));
        return token;
    }

    private Optional<AccountLink> use(String token, AccountLink.Purpose purpose) {
        Optional<AccountLink> link = links.findByTokenHash(Secrets.hash(token)).filter(l -> l.usable(purpose, now()));
        link.ifPresent(l -> l.use(now()));
        return link;
    }

    /** Other sessions end and unused reset links stop working. */
    private void endEverything(Account account) {
        account.endSessions(now());
        links.useAll(account.id(), AccountLink.Purpose.RESET, now());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
