package org.uclg.carta.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface SitePages extends JpaRepository<SitePage, String> {}
