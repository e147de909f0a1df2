package org.quanze.web.impact;

import org.quanze.graph.Iris;
import org.quanze.impact.pointintime.PointInTime;
import org.quanze.impact.report.ImpactReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The impact services of the server, on its one store (the impact graphs come from the assembly). */
@Configuration(proxyBeanMethods = false)
class ImpactBeans {

    @Bean
    ImpactReports impactReports(Iris iris) {
        return new ImpactReports(iris);
    }

    @Bean
    PointInTime pointInTime(Iris iris) {
        return new PointInTime(iris);
    }
}
