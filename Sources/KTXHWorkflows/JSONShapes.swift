import Foundation
import KTXHCore
import KTXHStorage

/// The JSON shapes of what the CLI's `--json` and `/api/v1` both return, written once so a script and another
/// system read the same fields.
public enum JSONShapes {
    /// A plan as `ktxh plans list --json` and `GET /api/v1/plans` list it.
    public static func plan(_ plan: PlanSummary) -> [String: Any] {
        [
            "id": plan.id, "key": plan.key, "title": plan.title, "number": plan.number as Any? ?? NSNull(),
            "issuer": plan.issuer.rawValue, "issuerName": plan.issuerName, "unitCode": plan.unitCode,
            "unitName": plan.unitName, "term": plan.term.code, "targetCount": plan.targetCount,
            "periods": plan.periodsWithData.map(\.code),
        ]
    }

    /// A unit with its parent, validity, predecessors and successors (`ktxh units show --json`).
    public static func unit(_ history: UnitHistoryWorkflow.UnitHistory) -> [String: Any] {
        let unit = history.unit
        func link(_ code: String, _ name: String, _ share: AdminUnitSuccession.Share) -> [String: Any] {
            ["code": code, "name": name, "share": share.code]
        }
        return [
            "code": unit.code, "name": unit.name, "kind": unit.kindName, "parent": unit.parentCode ?? NSNull(),
            "parentName": history.parent?.name ?? NSNull(), "validFrom": unit.validFrom?.iso ?? NSNull(),
            "validTo": unit.validTo?.iso ?? NSNull(),
            "predecessors": history.predecessors.map { link($0.oldCode, $0.oldName, $0.share) },
            "successors": history.successors.map { link($0.newCode, $0.newName, $0.share) },
        ]
    }

    /// A commune's criteria under a set in a year (`ktxh criteria evaluate --json`).
    public static func criteria(_ report: UnitCriteriaReport) -> [String: Any] {
        let evaluation = report.evaluation
        let criteria = evaluation.criteria.map { criterion -> [String: Any] in
            [
                "number": criterion.number, "name": criterion.name, "met": criterion.status.counts,
                "status": criterion.status.rawValue,
                "indicators": criterion.indicators.map { item -> [String: Any] in
                    [
                        "number": item.number, "value": item.valueText ?? NSNull(),
                        "threshold": item.threshold, "met": item.status.counts, "status": item.status.rawValue,
                    ]
                },
            ]
        }
        var object: [String: Any] = [
            "set": report.set.key, "setName": report.set.name, "unit": report.unitCode,
            "unitName": report.unit?.name ?? NSNull(), "year": report.year, "met": evaluation.metCount,
            "total": evaluation.total, "standard": evaluation.standard.rawValue, "criteria": criteria,
        ]
        object["discrepancies"] = report.discrepancies.map {
            ["subject": $0.subject, "stated": $0.stated, "computed": $0.computed, "detail": $0.detail]
        }
        object["recognitions"] = report.recognitions.map {
            ["number": $0.number, "date": $0.issuedOn?.iso ?? "", "issuer": $0.issuer, "year": $0.year] as [String: Any]
        }
        return object
    }
}
