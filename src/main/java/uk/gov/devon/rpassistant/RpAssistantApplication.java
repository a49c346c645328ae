package uk.gov.devon.rpassistant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RpAssistantApplication {

    public static void main(String[] args) {
        SpringApplication.run(RpAssistantApplication.class, args);
    }
}
