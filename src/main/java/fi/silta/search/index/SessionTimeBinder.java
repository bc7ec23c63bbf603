package fi.silta.search.index;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import fi.silta.catalogue.Occurrence;
import fi.silta.search.TimeOfDay;

/**
 * When a session starts, in its own time zone, as residents ask for it: the weekday ("on Tuesdays") and the part
 * of the day ("in the evening").
 */
class SessionTimeBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("startsAt");
        IndexFieldReference<String> weekday = context.indexSchemaElement().field("weekday", f -> f.asString())
                .toReference();
        IndexFieldReference<String> timeOfDay = context.indexSchemaElement().field("timeOfDay", f -> f.asString())
                .toReference();
        context.bridge(Occurrence.class, new Bridge(weekday, timeOfDay));
    }

    private record Bridge(IndexFieldReference<String> weekday, IndexFieldReference<String> timeOfDay)
            implements
                TypeBridge<Occurrence> {

        @Override
        public void write(DocumentElement target, Occurrence occurrence, TypeBridgeWriteContext context) {
            ZonedDateTime start = occurrence.startsAt().atZone(occurrence.schedule().zone());
            LocalTime time = start.toLocalTime();
            target.addValue(weekday, start.getDayOfWeek().name());
            target.addValue(timeOfDay, TimeOfDay.ofMinuteOfDay(time.getHour() * 60 + time.getMinute()).name());
        }
    }
}
