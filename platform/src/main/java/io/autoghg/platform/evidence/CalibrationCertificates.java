package io.autoghg.platform.evidence;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.organisation.Calibration;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration and repair certificates kept as evidence (6.4.3.3 c): a meter's calibration record
 * is linked to an evidence record of type CALIBRATION_CERTIFICATE whose period starts on or before
 * the calibration date.
 */
@Service
public class CalibrationCertificates {
    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final EvidenceService evidence;

    private final Access access;

    CalibrationCertificates(JdbcClient jdbc, OrganisationService organisation, EvidenceService evidence, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.evidence = evidence;
    }

    @Transactional
    public List<Evidence> link(String plant, String meter, long calibrationId, long evidenceId) {
        access.require(Permission.MANAGE_SETUP, plant);
        Calibration calibration = calibration(plant, meter, calibrationId);
        Evidence certificate = evidence.evidence(plant, evidenceId);
        if (certificate.type() != EvidenceType.CALIBRATION_CERTIFICATE) {
            throw new BadRequestException("evidenceId", "evidence " + evidenceId + " is a " + certificate.type()
                    + "; a calibration needs a CALIBRATION_CERTIFICATE");
        }
        if (certificate.periodStart().isAfter(calibration.calibratedOn())) {
            throw new BadRequestException("evidenceId", "evidence " + evidenceId + " covers " + certificate.period()
                    + " but the calibration is dated " + calibration.calibratedOn());
        }
        jdbc.sql("insert into calibration_evidence (calibration_id, evidence_id) values (?, ?) on conflict do nothing")
                .params(calibrationId, evidenceId).update();
        return certificates(plant, meter, calibrationId);
    }

    public List<Evidence> certificates(String plant, String meter, long calibrationId) {
        calibration(plant, meter, calibrationId);
        List<Long> ids = jdbc.sql("select evidence_id from calibration_evidence where calibration_id = ? order by evidence_id")
                .param(calibrationId).query(Long.class).list();
        return ids.stream().map(id -> evidence.evidence(plant, id)).toList();
    }

    private Calibration calibration(String plant, String meter, long calibrationId) {
        return organisation.calibrations(plant, meter).stream().filter(c -> c.id() == calibrationId).findFirst()
                .orElseThrow(() -> new NotFoundException("meter " + meter + " of plant " + plant + " has no calibration " + calibrationId));
    }
}
