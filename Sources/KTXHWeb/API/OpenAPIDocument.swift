/// The OpenAPI 3.1 document of `/api/v1`, served at `/api/v1/openapi.json`. Kept in step with the routes by
/// `ApiTests` (every API route is in it, every path in it is a route) and with the answers by schemathesis in
/// `scripts/test.sh`.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "ktxh API",
            "version": "1",
            "description": "Kế hoạch, chỉ tiêu, số liệu, đánh giá và bộ tiêu chí của ktxh cho hệ thống khác. Xác thực bằng khóa API (ktxh token create). Lỗi theo application/problem+json, nội dung tiếng Việt."
          },
          "servers": [
            {
              "url": "/"
            }
          ],
          "security": [
            {
              "bearer": []
            }
          ],
          "paths": {
            "/api/v1/openapi.json": {
              "get": {"operationId": "openapi", "summary": "Tài liệu OpenAPI này", "security": [], "responses": {"200": {"description": "Tài liệu", "content": {"application/json": {"schema": {"type": "object"}}}}}}
            },
            "/api/v1/plans": {
              "get": {"operationId": "listPlans", "summary": "Các kế hoạch", "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"type": "object", "required": ["plans"], "properties": {"plans": {"type": "array", "items": {"$ref": "#/components/schemas/Plan"}}}}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/plans/{planID}": {
              "get": {"operationId": "getPlan", "summary": "Một kế hoạch và các chỉ tiêu của nó", "parameters": [{"$ref": "#/components/parameters/planID"}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlanDetail"}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/plans/{planID}/progress/{period}": {
              "get": {"operationId": "getProgress", "summary": "Biểu tiến độ: số liệu và đánh giá từng chỉ tiêu trong một kỳ", "parameters": [{"$ref": "#/components/parameters/planID"}, {"$ref": "#/components/parameters/period"}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Progress"}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/plans/{planID}/tasks": {
              "get": {"operationId": "listTasks", "summary": "Nhiệm vụ của kế hoạch với tình hình thực hiện hôm nay (như ktxh tasks list --json)", "parameters": [{"$ref": "#/components/parameters/planID"}, {"name": "overdue", "in": "query", "required": false, "schema": {"type": "boolean"}, "description": "Chỉ các nhiệm vụ quá hạn."}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tasks"}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/units/{code}": {
              "get": {"operationId": "getUnit", "summary": "Một đơn vị hành chính với cấp trên, hiệu lực, đơn vị tiền thân và kế thừa", "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Mã đơn vị."}, {"name": "at", "in": "query", "required": false, "schema": {"type": "string", "format": "date"}, "description": "Ngày (YYYY-MM-DD); mặc định hôm nay."}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Unit"}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/criteria/{unit}/{year}": {
              "get": {"operationId": "getCriteria", "summary": "Kết quả bộ tiêu chí của một xã trong một năm", "parameters": [{"name": "unit", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Mã xã."}, {"name": "year", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1900, "maximum": 2100}, "description": "Năm."}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CriteriaReport"}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/entry": {
              "get": {"operationId": "listForms", "summary": "Các phiếu nhập số liệu tài khoản được xem trong các kỳ đang mở", "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"type": "object", "required": ["forms"], "properties": {"forms": {"type": "array", "items": {"type": "object", "required": ["periodID", "body", "plan", "period", "path"], "properties": {"periodID": {"type": "integer"}, "body": {"type": "string"}, "bodyName": {"type": "string"}, "plan": {"type": "integer"}, "period": {"type": "string"}, "cutoff": {"type": "string"}, "deadline": {"type": "string"}, "assigned": {"type": "integer"}, "notEntered": {"type": "integer"}, "daysOverdue": {"type": "integer"}, "path": {"type": "string"}}}}}}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/entry/{periodID}/{body}": {
              "get": {"operationId": "getFigures", "summary": "Số liệu của một đơn vị báo cáo trong một kỳ, với phiên bản", "parameters": [{"$ref": "#/components/parameters/periodID"}, {"$ref": "#/components/parameters/body"}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Figures"}}}}, "default": {"$ref": "#/components/responses/Problem"}}},
              "post": {"operationId": "saveFigures", "summary": "Lưu số liệu (và gửi duyệt với submit); phiên bản cũ bị từ chối với 409 và giá trị hiện tại", "parameters": [{"$ref": "#/components/parameters/periodID"}, {"$ref": "#/components/parameters/body"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FiguresWrite"}}}}, "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"type": "object", "required": ["saved", "submitted"], "properties": {"saved": {"type": "integer"}, "submitted": {"type": "integer"}}}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/entry/{periodID}/{body}/approve": {
              "post": {"operationId": "approveFigures", "summary": "Duyệt mọi số liệu đã gửi của đơn vị trong kỳ", "parameters": [{"$ref": "#/components/parameters/periodID"}, {"$ref": "#/components/parameters/body"}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"type": "object", "required": ["approved"], "properties": {"approved": {"type": "integer"}}}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/imports": {
              "post": {"operationId": "reviewImport", "summary": "Gửi một tệp (biểu, nghị quyết, báo cáo) để đọc và xem trước; chưa lưu gì", "parameters": [{"name": "name", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1}, "description": "Tên tệp; phần mở rộng cho biết dạng (.xlsx, .docx, .csv, .txt)."}, {"name": "plan", "in": "query", "required": false, "schema": {"type": "integer", "format": "int64"}}, {"name": "period", "in": "query", "required": false, "schema": {"type": "string"}}, {"name": "unit", "in": "query", "required": false, "schema": {"type": "string"}}, {"name": "year", "in": "query", "required": false, "schema": {"type": "integer"}}, {"name": "confirmMatches", "in": "query", "required": false, "schema": {"type": "boolean"}}], "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}, "responses": {"201": {"description": "Đã đọc; dùng token để nhập", "content": {"application/json": {"schema": {"type": "object", "required": ["token", "review"], "properties": {"token": {"type": "string"}, "review": {"$ref": "#/components/schemas/ImportReview"}}}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/imports/{token}/apply": {
              "post": {"operationId": "applyImport", "summary": "Nhập tệp đã xem trước: toàn bộ trong một giao dịch, hoặc không gì cả", "parameters": [{"name": "token", "in": "path", "required": true, "schema": {"type": "string"}, "description": "token của bước xem trước."}], "responses": {"200": {"description": "Thành công", "content": {"application/json": {"schema": {"type": "object", "required": ["review", "result"], "properties": {"review": {"$ref": "#/components/schemas/ImportReview"}, "result": {"type": "object"}}}}}}, "default": {"$ref": "#/components/responses/Problem"}}}
            }
          },
          "components": {
            "parameters": {
              "planID": {"name": "planID", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}, "description": "Mã kế hoạch («Mã» của ktxh plans list)."},
              "period": {"name": "period", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9]{4}(-(H[12]|Q[1-4]|9M|0[1-9]|1[0-2]|[0-9]{4}))?$"}, "description": "Kỳ: 2024, 2024-H1, 2024-9M, 2024-Q3, 2021-2025."},
              "periodID": {"name": "periodID", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}, "description": "Mã kỳ báo cáo đã mở."},
              "body": {"name": "body", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Đơn vị báo cáo như đường dẫn trang nhập số liệu ghi (ví dụ 058-phong-tai-chinh-ke-hoach)."}
            },
            "securitySchemes": {
              "bearer": {"type": "http", "scheme": "bearer", "description": "Khóa API từ «ktxh token create --user TÊN»."}
            },
            "responses": {
              "Problem": {"description": "Lỗi (RFC 9457), nội dung tiếng Việt", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
            },
            "schemas": {
              "Problem": {"type": "object", "required": ["type", "title", "status", "detail"], "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}, "current": {"type": "object", "description": "Với 409: số liệu như đang lưu.", "properties": {"indicator": {"type": "string"}, "revision": {"type": "integer"}, "updatedBy": {"type": "string"}, "value": {"type": ["number", "null"]}, "valueText": {"type": "string"}}}, "errors": {"type": "array", "items": {"type": "object", "properties": {"indicator": {"type": "string"}, "field": {"type": "string"}, "value": {"type": "string"}, "message": {"type": "string"}}}}, "problems": {"type": "array", "items": {"type": "string"}}}},
              "Plan": {"type": "object", "required": ["id", "key", "title", "unitCode", "unitName", "term", "targetCount", "periods"], "properties": {"id": {"type": "integer"}, "key": {"type": "string"}, "title": {"type": "string"}, "number": {"type": ["string", "null"]}, "issuer": {"type": "string"}, "issuerName": {"type": "string"}, "unitCode": {"type": "string"}, "unitName": {"type": "string"}, "term": {"type": "string"}, "targetCount": {"type": "integer"}, "periods": {"type": "array", "items": {"type": "string"}}}},
              "PlanDetail": {"allOf": [{"$ref": "#/components/schemas/Plan"}, {"type": "object", "required": ["targets"], "properties": {"targets": {"type": "array", "items": {"type": "object", "required": ["indicator", "name", "unit", "target"], "properties": {"indicator": {"type": "string"}, "name": {"type": "string"}, "unit": {"type": "string"}, "target": {"type": "string"}, "number": {"type": ["string", "null"]}, "section": {"type": ["string", "null"]}}}}}}]},
              "Progress": {"type": "object", "required": ["plan", "period", "rows"], "properties": {"plan": {"type": "integer"}, "period": {"type": "string"}, "rows": {"type": "array", "items": {"type": "object", "required": ["indicator", "name", "unit", "target", "label"], "properties": {"indicator": {"type": "string"}, "name": {"type": "string"}, "unit": {"type": "string"}, "target": {"type": "string"}, "actual": {"type": ["number", "null"]}, "actualText": {"type": ["string", "null"]}, "previous": {"type": ["number", "null"]}, "percentOfPlan": {"type": ["number", "null"]}, "percentOfPrevious": {"type": ["number", "null"]}, "label": {"type": ["string", "null"]}}}}}},
              "Unit": {"type": "object", "required": ["code", "name", "kind", "predecessors", "successors"], "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"}, "parent": {"type": ["string", "null"]}, "parentName": {"type": ["string", "null"]}, "validFrom": {"type": ["string", "null"]}, "validTo": {"type": ["string", "null"]}, "predecessors": {"type": "array", "items": {"$ref": "#/components/schemas/UnitLink"}}, "successors": {"type": "array", "items": {"$ref": "#/components/schemas/UnitLink"}}}},
              "Tasks": {"type": "object", "required": ["plan", "today", "tasks"], "properties": {"plan": {"type": "integer"}, "today": {"type": "string", "format": "date"}, "tasks": {"type": "array", "items": {"type": "object", "required": ["id", "plan", "position", "section", "text", "lead", "partners", "deadline", "status", "statusName", "revision", "standing"], "properties": {"id": {"type": "integer"}, "plan": {"type": "integer"}, "position": {"type": "integer"}, "section": {"type": "string"}, "text": {"type": "string"}, "lead": {"type": "string"}, "partners": {"type": "array", "items": {"type": "string"}}, "deadline": {"type": "string", "description": "2025-06-30, Q3/2025, 10/2025, năm 2025, thường xuyên hoặc rỗng."}, "indicators": {"type": "array", "items": {"type": "string"}}, "status": {"type": "string", "enum": ["chua-trien-khai", "dang-thuc-hien", "hoan-thanh", "hoan-thanh-cham", "khong-hoan-thanh", "dung"]}, "statusName": {"type": "string"}, "revision": {"type": "integer"}, "lastReportedAt": {"type": ["string", "null"]}, "standing": {"type": "object", "required": ["label", "overdue"], "properties": {"label": {"type": "string"}, "overdue": {"type": "boolean"}, "daysOverdue": {"type": "integer"}}}}}}}},
              "UnitLink": {"type": "object", "required": ["code", "name", "share"], "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "share": {"type": "string"}}},
              "CriteriaReport": {"type": "object", "required": ["set", "unit", "year", "met", "total", "standard", "criteria"], "properties": {"set": {"type": "string"}, "setName": {"type": "string"}, "unit": {"type": "string"}, "unitName": {"type": ["string", "null"]}, "year": {"type": "integer"}, "met": {"type": "integer"}, "total": {"type": "integer"}, "standard": {"type": "string"}, "criteria": {"type": "array", "items": {"type": "object"}}, "discrepancies": {"type": "array", "items": {"type": "object"}}, "recognitions": {"type": "array", "items": {"type": "object"}}}},
              "Figures": {"type": "object", "required": ["period", "periodID", "body", "bodyName", "open", "figures"], "properties": {"period": {"type": "string"}, "periodID": {"type": "integer"}, "body": {"type": "string"}, "bodyName": {"type": "string"}, "open": {"type": "boolean"}, "figures": {"type": "array", "items": {"type": "object", "required": ["indicator", "name", "unit", "target", "revision", "status"], "properties": {"indicator": {"type": "string"}, "name": {"type": "string"}, "unit": {"type": "string"}, "target": {"type": "string"}, "value": {"type": ["number", "null"]}, "valueText": {"type": ["string", "null"]}, "kind": {"type": ["string", "null"]}, "revision": {"type": "integer"}, "status": {"type": "string"}, "statusName": {"type": "string"}, "updatedBy": {"type": ["string", "null"]}, "label": {"type": ["string", "null"]}, "percentOfPlan": {"type": ["number", "null"]}}}}}},
              "FiguresWrite": {"type": "object", "required": ["figures"], "properties": {"submit": {"type": "boolean"}, "figures": {"type": "array", "items": {"type": "object", "required": ["indicator", "revision"], "properties": {"indicator": {"type": "string"}, "revision": {"type": "integer", "minimum": 0}, "value": {"description": "Số (JSON), số viết kiểu Việt Nam («1.889,5»), true/false, hoặc {numerator, denominator}.", "oneOf": [{"type": "number"}, {"type": "string"}, {"type": "boolean"}, {"type": "object", "required": ["numerator", "denominator"], "properties": {"numerator": {"type": "number"}, "denominator": {"type": "number"}}}, {"type": "null"}]}, "kind": {"type": "string", "enum": ["actual", "estimate"]}, "note": {"type": "string"}, "followUp": {"type": "boolean"}, "cause": {"type": "string"}, "remedy": {"type": "string"}}}}}},
              "ImportReview": {"type": "object", "required": ["canApply", "problems"], "properties": {"canApply": {"type": "boolean"}, "problems": {"type": "array", "items": {"type": "object"}}}}
            }
          }
        }
        """#
}
