package org.uclg.carta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// Module listeners (@ApplicationModuleListener) and background jobs run on Boot's task executor.
@EnableAsync
public class CartaApplication {

    public static void main(String[] args) {
        SpringApplication.run(CartaApplication.class, args);
    }
}
