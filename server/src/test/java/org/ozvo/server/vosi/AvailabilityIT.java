package org.ozvo.server.vosi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;
import org.ozvo.server.testing.RunningServer;

class AvailabilityIT {

    @Test
    void serverWideAvailabilityReportsTheDatabaseAsReachable() {
        String body = given().baseUri(RunningServer.baseUrl())
            .when().get("/availability")
            .then().statusCode(200).contentType(containsString("xml"))
            .extract().asString();
        XmlPath xml = new XmlPath(body);
        org.hamcrest.MatcherAssert.assertThat(xml.getString("availability.available"), equalTo("true"));
        org.hamcrest.MatcherAssert.assertThat(xml.getString("availability.upSince"),
            matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        org.hamcrest.MatcherAssert.assertThat(body, containsString("xmlns:vosi=\"http://www.ivoa.net/xml/VOSIAvailability/v1.0\""));
    }

    @Test
    void unknownPathsAnswerWithAVOTableErrorNotHtml() {
        given().baseUri(RunningServer.baseUrl())
            .when().get("/no/such/thing")
            .then().statusCode(404)
            .contentType(containsString("votable"))
            .body(containsString("QUERY_STATUS"), containsString("ERROR"));
    }
}
