package org.earchive.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.earchive.api.Doctor;

/**
 * What {@code earchive doctor} finds on one executor: its Spark id, its host, and the library's checks made there.
 * Checked once per executor JVM and kept, so the many small tasks that reach every executor cost one check each.
 */
record ExecutorDoctor(String executorId, String host, List<Doctor.Check> checks) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static ExecutorDoctor here;

    ExecutorDoctor {
        checks = List.copyOf(checks);
    }

    /** This JVM's findings (in local mode the driver is the one executor, id "driver"). */
    static synchronized ExecutorDoctor here() {
        if (here == null) {
            SparkEnv env = SparkEnv.get();
            here = new ExecutorDoctor(env == null ? "driver" : env.executorId(), SparkStart.hostName(), Doctor.run());
        }
        return here;
    }
}
