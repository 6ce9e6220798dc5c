package org.plumbline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.plumbline.account.GeneratedAccounts;
import org.plumbline.account.RoleScope;
import org.plumbline.account.AccountBackups;
import org.plumbline.account.SignedInAccount;
import org.plumbline.account.Teams;
import org.plumbline.cfp.GeneratedDecisions;
import org.plumbline.cfp.GeneratedTopics;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.mail.MailBackups;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.people.GeneratedPersons;
import org.plumbline.people.PersonBackups;
import org.plumbline.registration.GeneratedRegistrations;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.review.GeneratedReviews;
import org.plumbline.review.ReviewBackups;
import org.plumbline.schedule.GeneratedInterest;
import org.plumbline.schedule.TimetableBackups;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feature packages talk only through their top-level API, without cycles
 * (ARCHITECTURE.md, "Layout").
 */
class ModularityTest {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.plumbline");

	@Test
	void featuresUseEachOtherOnlyThroughTheirApiAndFormNoCycle() {
		ApplicationModules.of(PlumblineApplication.class).verify();
	}

	@Test
	void nothingDependsOnTheSitePages() {
		noClasses().that()
			.resideOutsideOfPackage("org.plumbline.site..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.plumbline.site..")
			.check(MAIN_CLASSES);
	}

	@Test
	void onlyTheDataGeneratorMakesAccountsGrantsRolesWithoutAUserDatesTopicsAndRegistrationsBackAndBatchesTopicsReviewsAndInterest() {
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.generator..", "org.plumbline.account..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(GeneratedAccounts.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.generator..", "org.plumbline.cfp..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(GeneratedTopics.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.generator..", "org.plumbline.cfp..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(GeneratedDecisions.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.generator..", "org.plumbline.registration..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(GeneratedRegistrations.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.account..", "org.plumbline.people..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(GeneratedPersons.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.generator..", "org.plumbline.review..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(GeneratedReviews.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.generator..", "org.plumbline.schedule..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(GeneratedInterest.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackage("org.plumbline.generator..")
			.should()
			.callMethod(Teams.class, "grantAs", String.class, Event.class, SignedInAccount.class, RoleScope.class)
			.check(MAIN_CLASSES);
	}

	@Test
	void onlyTheEventDataFileWritesAccountsRolesTopicsReviewsRegistrationsAndTimetablesBackAsTheyWereOrCountsWhatItLeavesOut() {
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.importer..", "org.plumbline.registration..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(RegistrationBackups.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.importer..", "org.plumbline.review..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(ReviewBackups.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.importer..", "org.plumbline.account..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(AccountBackups.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.account..", "org.plumbline.people..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(PersonBackups.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.importer..", "org.plumbline.cfp..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(TopicBackups.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.importer..", "org.plumbline.schedule..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(TimetableBackups.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.importer..", "org.plumbline.microconference..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(MicroconferenceBackups.class)
			.check(MAIN_CLASSES);
		noClasses().that()
			.resideOutsideOfPackages("org.plumbline.importer..", "org.plumbline.mail..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(MailBackups.class)
			.check(MAIN_CLASSES);
	}

	@Test
	void controllersAreNotPartOfAnyApi() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(MAIN_CLASSES);
	}

}
