package uk.gov.devon.rpassistant.bot;

import static uk.gov.devon.rpassistant.bot.AuthenticationFailure.forbidden;
import static uk.gov.devon.rpassistant.bot.AuthenticationFailure.unauthorized;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.InvalidClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.CachingOpenIdMetadataResolver;
import com.microsoft.bot.connector.authentication.OpenIdMetadata;
import com.microsoft.bot.connector.authentication.OpenIdMetadataKey;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.List;

/**
 * The Bot Framework's authentication spec for a request from the channel, checked in full before the SDK sees it:
 * a Bearer JWT, signed with RS256 by a key published in the OpenID metadata ({@code BotOpenIdMetadata}), issued by
 * {@code https://api.botframework.com} for this bot, within its lifetime give or take 5 minutes, whose
 * {@code serviceurl} claim is the activity's serviceUrl, and whose key is endorsed for the activity's channel
 * (else 403).
 *
 * <p>SDK 4.14.3 checks most of this itself (and still does, after us), but not all of it: a key endorsed for
 * another channel gets 401 instead of 403; a key with no endorsements at all is accepted; a token with no expiry
 * is accepted; an activity with no serviceUrl skips the serviceurl check; an activity with no channel id passes
 * the endorsement check; and a token whose issuer is Azure AD (the botframework.com or a Microsoft tenant) goes
 * down the SDK's Emulator path, which takes any key of login.microsoftonline.com/common and checks the token's
 * {@code appid}/{@code azp} instead of its audience, serviceurl and endorsements (so that, as we read its code, a
 * multi-tenant bot's own Bot Connector token would pass). The signing keys are the SDK's own cache of the
 * metadata (refreshed daily, and at most hourly when a token names a key it does not hold).
 */
final class ChannelAuthentication {

    static final String ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(AuthenticationConstants.DEFAULT_CLOCKSKEW_MINUTES);

    private final String appId;
    private final OpenIdMetadata signingKeys;

    ChannelAuthentication(String appId, String openIdMetadataUrl) {
        this.appId = appId;
        this.signingKeys = new CachingOpenIdMetadataResolver().get(openIdMetadataUrl);
    }

    /** Returns when the request may go on; otherwise throws the failure to answer with. */
    void check(String authorization, Activity activity) throws AuthenticationFailure {
        DecodedJWT token = bearerToken(authorization);
        if (!"RS256".equals(token.getAlgorithm())) {
            throw unauthorized("The token must be signed with RS256.");
        }
        if (!ISSUER.equals(token.getIssuer())) {
            throw unauthorized("The token was not issued by the Bot Framework.");
        }
        List<String> audience = token.getAudience();
        if (audience == null || !audience.contains(appId)) {
            throw unauthorized("The token is not for this bot.");
        }
        if (token.getExpiresAt() == null) {
            throw unauthorized("The token has no expiry.");
        }
        OpenIdMetadataKey key = signingKey(token.getKeyId());
        verify(token, key);
        String serviceUrl = token.getClaim(AuthenticationConstants.SERVICE_URL_CLAIM).asString();
        if (serviceUrl == null || !serviceUrl.equalsIgnoreCase(activity.getServiceUrl())) {
            throw unauthorized("The token's serviceurl claim does not match the activity's serviceUrl.");
        }
        String channel = activity.getChannelId();
        if (key.endorsements == null || channel == null || !key.endorsements.contains(channel)) {
            throw forbidden("The token's signing key is not endorsed for this channel.");
        }
    }

    private static DecodedJWT bearerToken(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("The request has no Authorization header.");
        }
        String[] parts = authorization.strip().split(" +", 2);
        if (!"Bearer".equalsIgnoreCase(parts[0])) {
            throw unauthorized("The Authorization header must use the Bearer scheme.");
        }
        if (parts.length < 2) {
            throw unauthorized("The Authorization header has no token.");
        }
        try {
            return JWT.decode(parts[1]);
        } catch (JWTDecodeException e) {
            throw unauthorized("The token is not a JWT.");
        }
    }

    private OpenIdMetadataKey signingKey(String keyId) {
        if (keyId == null || keyId.isBlank()) {
            throw unauthorized("The token does not name its signing key (kid).");
        }
        OpenIdMetadataKey key = signingKeys.getKey(keyId);
        if (key == null || key.key == null) {
            throw unauthorized("The token's signing key is not one the Bot Framework publishes.");
        }
        return key;
    }

    private static void verify(DecodedJWT token, OpenIdMetadataKey key) {
        try {
            JWT.require(Algorithm.RSA256(key.key, null)).acceptLeeway(CLOCK_SKEW.toSeconds()).build().verify(token);
        } catch (SignatureVerificationException e) {
            throw unauthorized("The token's signature does not verify.");
        } catch (TokenExpiredException e) {
            throw unauthorized("The token has expired.");
        } catch (InvalidClaimException e) {
            throw unauthorized("The token is not valid yet.");
        } catch (JWTVerificationException e) {
            throw unauthorized("The token is not valid.");
        }
    }
}
