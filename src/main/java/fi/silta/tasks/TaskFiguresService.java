package fi.silta.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.common.Language;
import fi.silta.reports.CountTable;
import fi.silta.reports.ReportsConfig;
import fi.silta.reports.Suppression;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;
import fi.silta.tasks.api.TaskFigures;

/**
 * The county's and the hosts' figures of helping hands, by municipality and the month a task was posted: tasks
 * posted, filled and done, the median hours from posting to filled, hours helped and active helpers. The counts go
 * through the reports' suppression ({@link Suppression}, the reports' smallest group): a count from 1 to below the
 * smallest group is hidden, and the hours and the time to fill with it, since they describe the same few tasks. A
 * task host sees their own organisations' tasks only; coordinators, analysts and admins every task.
 */
@ApplicationScoped
public class TaskFiguresService {

    private final EntityManager entityManager;
    private final TaskAccess access;
    private final CurrentUser user;
    private final TaskMapper mapper;
    private final ReportsConfig reports;

    TaskFiguresService(EntityManager entityManager, TaskAccess access, CurrentUser user, TaskMapper mapper,
            ReportsConfig reports) {
        this.entityManager = entityManager;
        this.access = access;
        this.user = user;
        this.mapper = mapper;
        this.reports = reports;
    }

    @Transactional
    public TaskFigures figures(Language language) {
        boolean everyTask = user.has(Role.COORDINATOR) || user.has(Role.ANALYST) || user.isAdmin();
        Set<Long> hosts = everyTask ? Set.of() : access.hostedOrganisations();
        if (!everyTask && hosts.isEmpty()) {
            return new TaskFigures(reports.smallestGroup(), List.of());
        }
        String where = everyTask ? "" : " where host_organisation_id in (:hosts)";
        var query = entityManager.createNativeQuery("with t as (select id, municipality_code as m,"
                + " to_char(posted_at at time zone 'Europe/Helsinki', 'YYYY-MM') as month, status, posted_at, filled_at"
                + " from helping_task" + where + "),"
                + " d as (select t.m, t.month, sum(c.hours) as hours, count(distinct c.helper_id) as helpers"
                + " from task_claim c join t on t.id = c.task_id where c.status = 'DONE' group by t.m, t.month)"
                + " select t.m, t.month, count(*), count(t.filled_at), count(*) filter (where t.status = 'DONE'),"
                + " percentile_cont(0.5) within group (order by extract(epoch from t.filled_at - t.posted_at) / 3600),"
                + " coalesce(max(d.hours), 0), coalesce(max(d.helpers), 0)"
                + " from t left join d on d.m = t.m and d.month = t.month group by t.m, t.month order by 2, 1");
        if (!everyTask) {
            query.setParameter("hosts", hosts);
        }
        List<?> rows = query.getResultList();
        List<String> keys = new ArrayList<>();
        long[][] counts = new long[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = (Object[]) rows.get(i);
            keys.add(row[0] + " " + row[1]);
            counts[i] = new long[] { number(row[2]), number(row[3]), number(row[4]), number(row[7]) };
        }
        CountTable table = CountTable.of(keys, List.of("posted", "filled", "done", "helpers"), counts, null, false,
                false, false);
        int smallest = reports.smallestGroup();
        boolean[][] hidden = Suppression.hidden(table, smallest);
        List<TaskFigures.Row> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = (Object[]) rows.get(i);
            String municipality = (String) row[0];
            boolean fillHidden = hidden[i][1];
            boolean doneHidden = hidden[i][2] || hidden[i][3];
            result.add(new TaskFigures.Row(municipality, mapper.municipalityName(municipality, language),
                    (String) row[1], shown(counts[i][0], hidden[i][0]), shown(counts[i][1], hidden[i][1]),
                    shown(counts[i][2], hidden[i][2]),
                    fillHidden || row[5] == null ? null : Math.round(((Number) row[5]).doubleValue() * 10) / 10.0,
                    doneHidden ? null : new BigDecimal(row[6].toString()), shown(counts[i][3], hidden[i][3])));
        }
        return new TaskFigures(smallest, result);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long shown(long count, boolean hidden) {
        return hidden ? null : count;
    }
}
