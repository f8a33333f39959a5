package org.lurewatch.stats.internal;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TipStatisticsController {

    private final TipStatisticsService statistics;

    TipStatisticsController(TipStatisticsService statistics) {
        this.statistics = statistics;
    }

    @QueryMapping
    TipStatisticsService.Statistics tipStatistics(@Argument List<TipStatisticsService.Dimension> groupBy,
            @Argument String from, @Argument String to) {
        return statistics.statistics(groupBy, from, to);
    }

    @SchemaMapping(typeName = "TipStatistics")
    String from(TipStatisticsService.Statistics s) {
        return s.from().toString();
    }

    @SchemaMapping(typeName = "TipStatistics")
    String to(TipStatisticsService.Statistics s) {
        return s.to().toString();
    }

    @SchemaMapping(typeName = "TipStatisticsCell")
    Object category(TipStatisticsService.Cell cell) {
        return cell.facets().category();
    }

    @SchemaMapping(typeName = "TipStatisticsCell")
    String country(TipStatisticsService.Cell cell) {
        return cell.facets().country();
    }

    @SchemaMapping(typeName = "TipStatisticsCell")
    Object channel(TipStatisticsService.Cell cell) {
        return cell.facets().channel();
    }

    @SchemaMapping(typeName = "TipStatisticsCell")
    String month(TipStatisticsService.Cell cell) {
        return cell.facets().month() == null ? null : cell.facets().month().toString();
    }
}
