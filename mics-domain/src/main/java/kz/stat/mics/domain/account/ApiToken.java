package kz.stat.mics.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/** A personal API token as stored: never the secret itself, only who it is for and since when. */
public record ApiToken(long id, String account, String label, Instant issuedAt,
    Optional<Instant> revokedAt) {
  public ApiToken {
    checkNotNull(account, "account");
    checkNotNull(label, "label");
    checkNotNull(issuedAt, "issuedAt");
    checkNotNull(revokedAt, "revokedAt");
  }

  public boolean revoked() {
    return revokedAt.isPresent();
  }
}
