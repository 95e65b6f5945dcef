package org.uclg.carta.events.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A room of a Forum edition's venues. */
@Entity
@Table(name = "forum_room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private String name;
    private int position;

    protected Room() {}

    Room(long eventId, String name, int position) {
        this.eventId = eventId;
        this.name = name;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    void rename(String name, int position) {
        this.name = name;
        this.position = position;
    }
}
