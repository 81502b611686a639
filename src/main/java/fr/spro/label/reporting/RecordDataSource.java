package fr.spro.label.reporting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Rows of a report from records: a template field reads the record component of the same name.
 * (JasperReports' bean data source wants {@code getX()} getters, which records do not have.)
 * Accessors are looked up once per record type.
 */
final class RecordDataSource implements JRRewindableDataSource {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return accessors;
        }
    };

    private final List<? extends Record> rows;
    private int index = -1;

    private RecordDataSource(List<? extends Record> rows) {
        this.rows = rows;
    }

    static RecordDataSource of(List<? extends Record> rows) {
        return new RecordDataSource(rows);
    }

    @Override
    public boolean next() {
        index++;
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Record row = rows.get(index);
        Method accessor = ACCESSORS.get(row.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("Champ « " + field.getName() + " » inconnu des lignes " + row.getClass().getSimpleName());
        }
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Champ « " + field.getName() + " » illisible", e);
        }
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
