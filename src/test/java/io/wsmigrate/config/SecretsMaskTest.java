package io.wsmigrate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The masking rules of {@link Secrets}: exact values, whatever they contain; short ones only as values. */
class SecretsMaskTest {

    @Test
    void aLongPasswordIsMaskedWholeWhateverItContains() {
        Secrets secrets = Secrets.of(List.of("PW;TAIL with space&more"));
        assertThat(secrets.mask("password=PW;TAIL with space&more again: xPW;TAIL with space&morex"))
                .isEqualTo("password=**** again: x****x");
    }

    @Test
    void everySecretTheSettingsCarryIsFound() {
        DatabaseSettings db = new DatabaseSettings("jdbc:postgresql://h/db?user=u&password=Url%21Secret1&sslpassword=KeyPass99",
                "u", "Settings-Secret-1", Map.of("password", "Prop-Secret-22", "sslpassword", "Prop-Key-333",
                "ApplicationName", "not-a-secret"), null, null, null);
        Secrets secrets = Secrets.of(db, Map.of("LIQUIBASE_COMMAND_PASSWORD", "Liquibase-Secret-4",
                "LIQUIBASE_LICENSE_KEY", "License-Key-55555", "PGPASSWORD", "Pg-Env-Secret-6", "HOME", "/home/user"));
        String text = "Url!Secret1 Url%21Secret1 KeyPass99 Settings-Secret-1 Prop-Secret-22 Prop-Key-333 Liquibase-Secret-4"
                + " License-Key-55555 Pg-Env-Secret-6 not-a-secret /home/user";
        assertThat(secrets.mask(text)).isEqualTo("**** **** **** **** **** **** **** **** **** not-a-secret /home/user");
    }

    @Test
    void aUserInfoPasswordIsFoundAndMasked() {
        Secrets secrets = Secrets.of(DatabaseSettings.of("jdbc:postgresql://u:Info-Secret-7@h/db", null, null), Map.of());
        assertThat(secrets.mask("host u:Info-Secret-7@h, the value Info-Secret-7"))
                .isEqualTo("host u:****@h, the value ****");
    }

    @Test
    void shortPasswordsAreMaskedOnlyWhereTheyStandAsThePassword() {
        Secrets two = Secrets.of(List.of("on"));
        assertThat(two.mask("connection refused on host; ?user=u&password=on&ssl=true; password: on; //u:on@h"))
                .isEqualTo("connection refused on host; ?user=u&password=****&ssl=true; password: ****; //u:****@h");
        Secrets word = Secrets.of(List.of("postgres"));
        assertThat(word.mask("jdbc:postgresql://h/db as postgres")).isEqualTo("jdbc:postgresql://h/db as ****");
        Secrets five = Secrets.of(List.of("shop1"));
        assertThat(five.mask("package com.example.shop12 and the password shop1.")).isEqualTo(
                "package com.example.shop12 and the password ****.");
    }

    @Test
    void aPasswordParameterIsMaskedUpToTheNextAmpersandEvenWhenUnknown() {
        assertThat(Secrets.of(List.of()).mask("jdbc:postgresql://h/db?password=a;b&user=u"))
                .isEqualTo("jdbc:postgresql://h/db?password=****&user=u");
    }

    @Test
    void aPasswordParameterIsFoundInAnyCaseAndAnywhereInTheText() {
        Secrets none = Secrets.of(List.of());
        assertThat(none.mask("p ?PASSWORD=a&x")).isEqualTo("p ?PASSWORD=****&x");
        assertThat(none.mask("pp;PassWord=b")).isEqualTo("pp;PassWord=****");
        assertThat(none.mask("Running upgrade a1 -> b2, pass the p")).isEqualTo("Running upgrade a1 -> b2, pass the p");
    }

    @Test
    void aPasswordInsideALongerNameLeavesTheNameWhole() {
        Secrets secrets = Secrets.of(List.of("petclinic"));
        assertThat(secrets.mask("org.springframework.samples.petclinic petclinic.owners petclinic_owners"
                + " /srv/petclinic/app spring-petclinic petclinic-42 $petclinic"))
                .isEqualTo("org.springframework.samples.petclinic petclinic.owners petclinic_owners"
                        + " /srv/petclinic/app spring-petclinic petclinic-42 $petclinic");
        assertThat(secrets.mask("`petclinic`, 'petclinic' (petclinic) as petclinic. x@petclinic petclinic"))
                .isEqualTo("`****`, '****' (****) as ****. x@**** ****");
    }

    @Test
    void aPasswordThatIsTheUserNameIsMaskedOnlyWhereItStandsAsThePassword() {
        DatabaseSettings db = new DatabaseSettings("jdbc:postgresql://h/petclinic?user=petclinic&password=petclinic",
                "petclinic", "petclinic", Map.of(), null, null, null);
        assertThat(Secrets.of(db, Map.of()).mask("password authentication failed for user \"petclinic\";"
                + " ?user=petclinic&password=petclinic&ssl=true password: petclinic; {\"password\": \"petclinic\"};"
                + " PASSWORD 'petclinic'; //petclinic:petclinic@h"))
                .isEqualTo("password authentication failed for user \"petclinic\"; ?user=petclinic&password=****&ssl=true"
                        + " password: ****; {\"password\": \"****\"}; PASSWORD '****'; //petclinic:****@h");
    }

    @Test
    void eachRunStartsWithTheSecretsOfItsOwnEnvironment() {
        Secrets.beginRun(Map.of("PGPASSWORD", "Earlier-Run-1"));
        Secrets.remember(Secrets.of(List.of("Earlier-Run-2")));
        assertThat(Secrets.maskRemembered("Earlier-Run-1 Earlier-Run-2")).isEqualTo("**** ****");

        Secrets.beginRun(Map.of("PGPASSWORD", "This-Run-3"));
        assertThat(Secrets.maskRemembered("Earlier-Run-1 Earlier-Run-2 This-Run-3"))
                .isEqualTo("Earlier-Run-1 Earlier-Run-2 ****");
        Secrets.beginRun(Map.of());
    }
}
