package vn.pcmt.cases;

import vn.pcmt.platform.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
}
