package vn.pcmt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.Tipster;

/** Who gave a tip that is not anonymous. */
public record TipsterRequest(
        @NotBlank @Size(max = 200) String fullName,
        @Pattern(regexp = "^\\+?[0-9 ]{8,15}$", message = "Số điện thoại gồm 8–15 chữ số.") String phone,
        @Size(max = 500) String address) {

    Tipster toTipster() {
        return new Tipster(fullName.strip(), phone, address);
    }
}
