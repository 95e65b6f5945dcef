package org.uclg.carta.kit.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findTop100ByItemTypeAndItemIdOrderByAtDescIdDesc(String itemType, String itemId);
}
