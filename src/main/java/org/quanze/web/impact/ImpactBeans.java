package org.quanze.web.impact;

import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.impact.ImpactGraphs;
import org.quanze.impact.pointintime.PointInTime;
import org.quanze.impact.report.ImpactReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The impact services of the server, on its one store. */
@Configuration(proxyBeanMethods = false)
class ImpactBeans {

    @Bean
    ImpactGraphs impactGraphs(Iris iris, Ontology ontology) {
        return new ImpactGraphs(iris, ontology);
    }

    @Bean
    ImpactReports impactReports(Iris iris) {
        return new ImpactReports(iris);
    }

    @Bean
    PointInTime pointInTime(Iris iris) {
        return new PointInTime(iris);
    }
}
