package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The activity's side of the spec's checks, where SDK 4.14.3 lets a request through: an activity with no serviceUrl
 * skips its serviceurl check, and one with no channel id passes its endorsement check. (Every check on the token is
 * exercised over HTTP in AuthenticatedEndpointTest.)
 */
class ChannelAuthenticationTest {

    static final String APP_ID = "00000000-0000-0000-0000-000000000001";
    static final String SERVICE_URL = "https://smba.trafficmanager.net/emea/";
    static final OpenIdStub openId = new OpenIdStub();

    final ChannelAuthentication authentication = new ChannelAuthentication(APP_ID, openId.metadataUrl());

    @AfterAll
    static void stopOpenId() {
        openId.close();
    }

    @Test
    void aTeamsActivityWithAMatchingTokenPasses() {
        String authorization = "Bearer " + openId.token(APP_ID, SERVICE_URL);

        assertThatNoException().isThrownBy(() -> authentication.check(authorization, activity("msteams", SERVICE_URL)));
    }

    @Test
    void anActivityWithNoServiceUrlIsRefusedWith401() {
        AuthenticationFailure refused = catchThrowableOfType(AuthenticationFailure.class,
                () -> authentication.check("Bearer " + openId.token(APP_ID, SERVICE_URL), activity("msteams", null)));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.reason()).contains("serviceurl");
    }

    @Test
    void anActivityWithNoChannelIdIsRefusedWith403() {
        AuthenticationFailure refused = catchThrowableOfType(AuthenticationFailure.class,
                () -> authentication.check("Bearer " + openId.token(APP_ID, SERVICE_URL), activity(null, SERVICE_URL)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.reason()).contains("not endorsed");
    }

    static Activity activity(String channelId, String serviceUrl) {
        Activity activity = new Activity(ActivityTypes.MESSAGE);
        activity.setChannelId(channelId);
        activity.setServiceUrl(serviceUrl);
        return activity;
    }
}
